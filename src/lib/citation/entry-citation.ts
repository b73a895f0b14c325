/**
 * How to cite a page of the archive itself: an electronic resource in GB/T 7714-2015,
 *
 *   作者. 题名[EB/OL]. 网站名, (更新日期)[引用日期]. URL.
 *
 * with the site's publisher as author, the entry's name as title, its last update as the date and
 * the day the site was built as the access date; and the same record for reference managers.
 */
import { formatBibtex } from './bibtex.ts';
import { formatCslJson, toCsl } from './csl-json.ts';
import { formatGbt7714, type CitableSource } from './gbt7714.ts';
import { formatRis } from './ris.ts';

export interface EntryCitationInput {
  /** The entry's name or title. */
  title: string;
  /** Publisher of the site, the responsible body. */
  publisher: string;
  /** Name of the website. */
  siteName: string;
  /** Last update of the entry, YYYY-MM-DD. */
  updated: string;
  /** Day the reader's copy was made (the build date), YYYY-MM-DD. */
  accessed: string;
  /** Permanent URL of the entry's page. */
  url: string;
  /** Identifier for reference managers, e.g. worthies-xiang-yu. */
  key: string;
}

export interface EntryCitation {
  /** GB/T 7714-2015 text. */
  text: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

/** The entry as a source of kind 网页. */
export function entryAsSource(input: EntryCitationInput): CitableSource {
  return {
    kind: '网页',
    title: input.title,
    authors: [input.publisher],
    container: input.siteName,
    date: input.updated,
    accessed: input.accessed,
    url: input.url,
  };
}

export function citeEntry(input: EntryCitationInput): EntryCitation {
  const source = entryAsSource(input);
  return {
    text: formatGbt7714(source),
    bibtex: formatBibtex(source, input.key),
    ris: formatRis(source, { language: 'zh-CN' }),
    cslJson: formatCslJson([toCsl(source, input.key, { language: 'zh-CN' })]),
  };
}

/**
 * One formatter per time zone: making an Intl.DateTimeFormat costs about a millisecond, and every
 * entry's page and citation files ask for two dates (2.5 s of a 1,000-entry build's CPU profile).
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDay(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}
