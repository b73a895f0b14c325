/** The static citation downloads, /cite/<collection>/<id>.bib|.ris|.json, one set per entry page. */
import type { GetStaticPaths } from 'astro';
import { CITATION_FORMATS, type CitationFormat } from '../lib/share-paths.ts';
import { SECTION_PATHS } from '../lib/urls.ts';
import { getArchive, type PageEntry } from './archive.ts';
import { citationOf } from './citation-view.ts';
import { pageKey } from './page-keys.ts';

export const citationPaths = (async () => {
  const archive = await getArchive();
  const entries = archive.pageEntries;
  return entries.map((entry) => ({
    params: { collection: SECTION_PATHS[entry.collection], id: entry.id },
    props: { entry },
    // The files are the citation and nothing else (see ./page-keys.ts).
    cacheKey: pageKey(citationOf(entry)),
  }));
}) satisfies GetStaticPaths;

const FIELDS = { bib: 'bibtex', ris: 'ris', json: 'cslJson' } as const;

export function citationFile(props: Record<string, unknown>, format: CitationFormat): Response {
  const citation = citationOf(props['entry'] as PageEntry);
  return new Response(citation[FIELDS[format]], {
    headers: { 'Content-Type': CITATION_FORMATS[format].type },
  });
}
