/**
 * A source as a biblatex record (BibTeX syntax), for LaTeX users (the gbt7714 package reads these
 * types) and for import into Zotero, JabRef or EndNote. `date`, `urldate` and `@online` are
 * biblatex; `year` is kept too, so that plain BibTeX styles still find a year.
 */
import type { CitableSource } from './gbt7714.ts';
import { dateParts, invertedName, RECORD_TYPES } from './format-fields.ts';

/** Where each record type keeps the work that contains it: the book, journal, paper or website. */
const CONTAINER_FIELD: Partial<Record<string, string>> = {
  incollection: 'booktitle',
  article: 'journal',
  online: 'organization',
};

/** Fields whose value is taken literally (biblatex reads them verbatim or as ISO dates). */
const VERBATIM = new Set(['url', 'date', 'urldate', 'year']);

/** Escapes the characters TeX treats specially inside a braced field value. */
export function escapeBibtex(value: string): string {
  return value
    .replace(/\\/g, '\\textbackslash ')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/\^/g, '\\^{}')
    .replace(/~/g, '\\~{}');
}

/** A citation key made of letters, digits and hyphens, which every BibTeX tool accepts. */
export function bibtexKey(key: string): string {
  return key.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
}

/** `A and B`; Chinese names and institutions braced so that no tool splits them into first and last. */
function names(list: readonly string[] | undefined): string | undefined {
  if (!list || list.length === 0) return undefined;
  return list
    .map((name) => {
      const written = invertedName(name);
      return written === name.trim() ? `{${escapeBibtex(written)}}` : escapeBibtex(written);
    })
    .join(' and ');
}

export function formatBibtex(source: CitableSource, key: string): string {
  const type = RECORD_TYPES[source.kind].bibtex;
  const fields: [string | undefined, string | undefined][] = [
    ['title', source.title],
    [CONTAINER_FIELD[type], source.container],
    ['entrysubtype', source.kind === '报纸' ? 'newspaper' : undefined],
    [type === 'thesis' ? 'institution' : 'publisher', source.publisher],
    ['location', source.place],
    ['edition', source.edition],
    // An old book's 卷 is the part of the work cited, which biblatex calls its volume.
    ['volume', source.volume ?? source.juan],
    ['number', source.issue],
    ['pages', source.pages?.replace(/\s*[-–—~]+\s*/, '--')],
    ['date', source.date],
    ['year', dateParts(source.date)?.[0]?.toString()],
    ['url', source.url],
    ['urldate', source.url ? source.accessed : undefined],
  ];
  const lines = [
    ...(source.authors?.length ? [`  author = {${names(source.authors) ?? ''}},`] : []),
    ...(source.editors?.length ? [`  editor = {${names(source.editors) ?? ''}},`] : []),
    ...fields
      .filter((field): field is [string, string] => !!field[0] && !!field[1])
      .map(([name, value]) => `  ${name} = {${VERBATIM.has(name) ? value : escapeBibtex(value)}},`),
  ];
  return `@${type}{${bibtexKey(key)},\n${lines.join('\n')}\n}\n`;
}
