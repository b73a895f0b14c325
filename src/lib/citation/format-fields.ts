/**
 * Pieces shared by the export formats (BibTeX, RIS, CSL-JSON): which kind of record a source is in
 * each format, names, dates and page ranges taken apart.
 */
import type { SourceKind } from '../../schemas/vocabulary.ts';

const HAN = /[\u3400-\u9fff]/;

/** Record types per source kind: biblatex, RIS and CSL. Old books and gazetteers are books. */
export const RECORD_TYPES: Record<SourceKind, { bibtex: string; ris: string; csl: string }> = {
  专著: { bibtex: 'book', ris: 'BOOK', csl: 'book' },
  古籍: { bibtex: 'book', ris: 'BOOK', csl: 'book' },
  方志: { bibtex: 'book', ris: 'BOOK', csl: 'book' },
  工具书: { bibtex: 'book', ris: 'BOOK', csl: 'book' },
  析出文献: { bibtex: 'incollection', ris: 'CHAP', csl: 'chapter' },
  期刊: { bibtex: 'article', ris: 'JOUR', csl: 'article-journal' },
  报纸: { bibtex: 'article', ris: 'NEWS', csl: 'article-newspaper' },
  学位论文: { bibtex: 'thesis', ris: 'THES', csl: 'thesis' },
  网页: { bibtex: 'online', ris: 'ELEC', csl: 'webpage' },
};

/**
 * A person or body named as author or editor. Chinese names (and institutions) are kept whole,
 * because the family name cannot be told from the text alone (司马迁, 欧阳修); a Western name
 * written "John Smith" is split into family and given names.
 */
export type NamePart = { literal: string } | { family: string; given: string };

export function nameParts(name: string): NamePart {
  const trimmed = name.trim();
  if (HAN.test(trimmed) || !/\s/.test(trimmed)) return { literal: trimmed };
  const words = trimmed.split(/\s+/);
  const family = words.pop() ?? '';
  return { family, given: words.join(' ') };
}

/** "Smith, John" for Western names, the name itself otherwise. */
export function invertedName(name: string): string {
  const part = nameParts(name);
  return 'literal' in part ? part.literal : `${part.family}, ${part.given}`;
}

/** Year, month and day of a date written 1985, 1985-06 or 1985-06-01 (years may be negative). */
export function dateParts(date: string | undefined): number[] | undefined {
  const match = date?.match(/^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?$/);
  if (!match) return undefined;
  return [match[1], match[2], match[3]].filter((part) => part !== undefined).map(Number);
}

/** First and last page of a range written 101-120 or 101–120; a single page or a 卷 has no end. */
export function pageRange(
  pages: string | undefined,
): { start: string; end?: string | undefined } | undefined {
  if (!pages) return undefined;
  const match = pages.match(/^\s*(\w+)\s*[-–—~]+\s*(\w+)\s*$/);
  return match ? { start: match[1] ?? pages, end: match[2] } : { start: pages.trim() };
}
