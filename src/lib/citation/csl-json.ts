/**
 * A source as a CSL-JSON item, the input of citeproc processors (Zotero, Pandoc, Mendeley), which
 * can then format it in any CSL style, GB/T 7714 included.
 */
import type { CitableSource } from './gbt7714.ts';
import { dateParts, nameParts, RECORD_TYPES, type NamePart } from './format-fields.ts';

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: NamePart[];
  editor?: NamePart[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  edition?: string;
  volume?: string;
  issue?: string;
  page?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  language?: string;
  genre?: string;
}

export function toCsl(source: CitableSource, id: string, options: { language?: string } = {}): CslItem {
  const item: CslItem = { id, type: RECORD_TYPES[source.kind].csl, title: source.title };
  const issued = dateParts(source.date);
  const accessed = source.url ? dateParts(source.accessed) : undefined;
  const optional: { [K in keyof CslItem]?: CslItem[K] | undefined } = {
    author: source.authors?.length ? source.authors.map(nameParts) : undefined,
    editor: source.editors?.length ? source.editors.map(nameParts) : undefined,
    'container-title': source.container,
    publisher: source.publisher,
    'publisher-place': source.place,
    edition: source.edition,
    volume: source.volume ?? source.juan,
    issue: source.issue,
    page: source.pages,
    issued: issued && { 'date-parts': [issued] },
    accessed: accessed && { 'date-parts': [accessed] },
    URL: source.url,
    language: options.language,
    genre: source.kind === '学位论文' ? '学位论文' : undefined,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (item as unknown as Record<string, unknown>)[key] = value;
  }
  return item;
}

/** A CSL-JSON file: an array of items, pretty-printed so that people can read it too. */
export function formatCslJson(items: CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}
