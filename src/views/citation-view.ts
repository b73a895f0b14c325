/**
 * "Cite this" for an entry's page: the GB/T 7714 text shown on the page and the BibTeX, RIS and
 * CSL-JSON files offered for download (src/pages/cite/).
 */
import { calendarDay, citeEntry, type EntryCitation } from '../lib/citation/entry-citation.ts';
import { CITATION_FORMATS, citationPath, type CitationFormat } from '../lib/share-paths.ts';
import { absoluteUrl, entryPath, withBase } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import { titleOf, type PageEntry } from './archive.ts';
import { updatedOf } from './feed.ts';

/**
 * Dates in citations are calendar days in China Standard Time, the readers' day; the build's own
 * date stands for "accessed" and honours SOURCE_DATE_EPOCH, for reproducible builds.
 */
const TIME_ZONE = 'Asia/Shanghai';
const epoch = process.env['SOURCE_DATE_EPOCH'];
const BUILT = epoch ? new Date(Number(epoch) * 1000) : new Date();

export interface CitationView extends EntryCitation {
  downloads: { format: CitationFormat; label: string; href: string }[];
}

/** Citations by entry: a page, its three download files and its incremental-build key all ask. */
const citations = new WeakMap<PageEntry, CitationView>();

export function citationOf(entry: PageEntry): CitationView {
  let citation = citations.get(entry);
  if (!citation) {
    citation = describeCitation(entry);
    citations.set(entry, citation);
  }
  return citation;
}

function describeCitation(entry: PageEntry): CitationView {
  const { collection, id } = entry;
  const base = import.meta.env.BASE_URL;
  const citation = citeEntry({
    title: titleOf(entry),
    publisher: siteConfig.publisher,
    siteName: siteConfig.siteName,
    updated: calendarDay(updatedOf(entry), TIME_ZONE),
    accessed: calendarDay(BUILT, TIME_ZONE),
    url: absoluteUrl(siteConfig.siteUrl, base, entryPath(collection, id)),
    key: `${collection}-${id}`,
  });
  return {
    ...citation,
    downloads: (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
      format,
      label: CITATION_FORMATS[format].label,
      href: withBase(base, citationPath(collection, id, format)),
    })),
  };
}
