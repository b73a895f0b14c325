/**
 * A source as an RIS record, the tagged format every reference manager imports (Zotero, EndNote,
 * NoteExpress, 知网研学). Lines end in CRLF, as the format's specification asks.
 */
import type { CitableSource } from './gbt7714.ts';
import { dateParts, invertedName, pageRange, RECORD_TYPES } from './format-fields.ts';

/** RIS dates are YYYY/MM/DD/, with empty parts when unknown. */
function risDate(date: string | undefined): string | undefined {
  const parts = dateParts(date);
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${year}/${two(month)}/${two(day)}/`;
}

export function formatRis(source: CitableSource, options: { language?: string } = {}): string {
  const type = RECORD_TYPES[source.kind];
  const pages = source.kind === '报纸' ? undefined : pageRange(source.pages);
  const lines: [string, string | undefined][] = [
    ['TY', type.ris],
    ...(source.authors ?? []).map((name): [string, string] => ['AU', invertedName(name)]),
    ...(source.editors ?? []).map((name): [string, string] => ['ED', invertedName(name)]),
    ['TI', source.title],
    ['T2', source.container],
    ['PY', dateParts(source.date)?.[0]?.toString()],
    ['DA', risDate(source.date)],
    ['ET', source.edition],
    ['VL', source.volume ?? source.juan],
    ['IS', source.issue],
    ['SP', source.kind === '报纸' ? source.pages : pages?.start],
    ['EP', pages?.end],
    ['CY', source.place],
    ['PB', source.publisher],
    ['UR', source.url],
    ['Y2', source.url ? risDate(source.accessed) : undefined],
    ['LA', options.language],
  ];
  return [
    ...lines.filter((line): line is [string, string] => line[1] !== undefined && line[1] !== ''),
    ['ER', ''] as [string, string],
  ]
    .map(([tag, value]) => `${tag}  - ${value}`)
    .join('\r\n')
    .concat('\r\n');
}
