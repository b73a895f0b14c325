/**
 * Broad eras for browsing (the 朝代 facet). Each era is a span of historical years; a person falls
 * in the era of their stated dynasty, or else of the year they died (or were born).
 */
import { parseHistoricalDate } from './dates/index.ts';

export interface BrowsingEra {
  name: string;
  slug: string;
  /** First historical year of the era (inclusive). */
  from: number;
}

/** In order; each era runs until the next one begins. */
export const BROWSING_ERAS: readonly BrowsingEra[] = [
  { name: '先秦', slug: 'xianqin', from: Number.NEGATIVE_INFINITY },
  { name: '秦汉', slug: 'qinhan', from: -221 },
  { name: '魏晋南北朝', slug: 'weijin-nanbeichao', from: 220 },
  { name: '隋唐五代', slug: 'suitang-wudai', from: 581 },
  { name: '宋元', slug: 'songyuan', from: 960 },
  { name: '明', slug: 'ming', from: 1368 },
  { name: '清', slug: 'qing', from: 1644 },
  { name: '民国', slug: 'minguo', from: 1912 },
  { name: '当代', slug: 'dangdai', from: 1949 },
];

export function browsingEraOfYear(year: number): BrowsingEra {
  let found = BROWSING_ERAS[0] as BrowsingEra;
  for (const era of BROWSING_ERAS) if (year >= era.from) found = era;
  return found;
}

export interface DatedPerson {
  dynasty?: string | undefined;
  born?: { year: number } | undefined;
  died?: { year: number } | undefined;
}

/** The year that places a person in time: their dynasty's start, else death, else birth. */
export function indexYear(person: DatedPerson): number | undefined {
  if (person.dynasty) {
    const parsed = parseHistoricalDate(person.dynasty);
    if (parsed.ok) return parsed.date.range?.from ?? parsed.date.year;
  }
  return person.died?.year ?? person.born?.year;
}

/** The browsing era of a person, or undefined when nothing dates them. */
export function browsingEraOf(person: DatedPerson): BrowsingEra | undefined {
  const year = indexYear(person);
  return year === undefined ? undefined : browsingEraOfYear(year);
}
