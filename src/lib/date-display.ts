/**
 * Dates as pages show them: the form the sources use and its counterpart (乾隆八年（1743）,
 * 1716年（清康熙五十五年）), alternatives from other sources, and life spans.
 */
import {
  eraYearOf,
  formatEraYear,
  formatHistoricalDate,
  formatYear,
  type HistoricalDate,
} from './dates/index.ts';

/** A date as recorded in an entry: the adopted reading plus other sources' readings. */
export interface RecordedDate extends HistoricalDate {
  alternatives: HistoricalDate[];
  note?: string | undefined;
}

/** First year of the Republic, from which Chinese official dating follows the Gregorian calendar. */
const GREGORIAN_OFFICIAL_FROM = 1912;

/**
 * The date in both calendars. A Western date gains its reign-era year, except a day-exact date
 * before 1912, whose lunar year may differ near the new year and is better left as written.
 */
export function dateInBothForms(date: HistoricalDate): string {
  const written = formatHistoricalDate(date);
  if (date.era || date.approximate || date.precision === 'reign' || date.precision === 'period')
    return written;
  if (date.precision === 'day' && date.year < GREGORIAN_OFFICIAL_FROM) return written;
  const era = eraYearOf(date.year);
  return era ? `${written}（${formatEraYear(era, true)}）` : written;
}

/** "前232年（一说前231年）": the adopted date, then the other readings. */
export function describeRecordedDate(date: RecordedDate): string {
  const main = dateInBothForms(date);
  if (date.alternatives.length === 0) return main;
  return `${main}（一说${date.alternatives.map((d) => formatHistoricalDate(d)).join('，一说')}）`;
}

/** Short life span for cards: "前232—前202", "1716—1798", "？—前208". */
export function lifespan(born?: HistoricalDate, died?: HistoricalDate): string | undefined {
  if (!born && !died) return undefined;
  const short = (d: HistoricalDate | undefined) =>
    d ? `${d.approximate ? '约' : ''}${formatYear(d.year).replace(/年$/, '')}` : '？';
  return `${short(born)}—${short(died)}`;
}

/** ISO 8601 form for structured data: years as ±YYYY (1 BCE is 0000), full dates as YYYY-MM-DD. */
export function isoDate(date: HistoricalDate): string {
  const astronomical = date.year < 0 ? date.year + 1 : date.year;
  const sign = astronomical < 0 ? '-' : '';
  const year = `${sign}${String(Math.abs(astronomical)).padStart(4, '0')}`;
  if (date.precision === 'day' && date.month && date.day) {
    return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  }
  return year;
}
