/** Display of historical dates, years and era-years, in the forms historians write them. */
import { eraYearRest, findEras, readEraName } from './reign-eras.ts';
import { normalizeDateText, splitParenthesis } from './input.ts';
import { formatEraYearNumber } from './numerals.ts';
import { dynastySpan } from './periods.ts';
import type { EraCandidate, EraYear, HistoricalDate } from './date-types.ts';

/** A year as a bare number: 1743 → '1743', -232 → '前232'. */
export function yearNumber(year: number): string {
  if (!Number.isInteger(year) || year === 0) throw new RangeError(`not a historical year: ${year}`);
  return year < 0 ? `前${-year}` : String(year);
}

/** -232 → '前232年', 1743 → '1743年'. */
export function formatYear(year: number): string {
  return `${yearNumber(year)}年`;
}

/** Two years joined by an em dash: '1662—1722', '前475—前221'. */
export function formatSpan(from: number, to: number): string {
  return from === to ? yearNumber(from) : `${yearNumber(from)}—${yearNumber(to)}`;
}

/**
 * {乾隆, 8} → '乾隆八年'; with the dynasty '清乾隆八年'; year 1 → '乾隆元年'. A reign counted without
 * an era name (era '') is written with dynasty and emperor: '秦二世元年'.
 */
export function formatEraYear(eraYear: EraYear, withDynasty = false): string {
  if (eraYear.era === '') return `${eraYear.dynasty}${eraYear.emperor}${formatEraYearNumber(eraYear.year)}年`;
  const prefix = withDynasty && eraYear.dynasty !== eraYear.era ? eraYear.dynasty : '';
  return `${prefix}${eraYear.era}${formatEraYearNumber(eraYear.year)}年`;
}

/** '唐高宗上元（674—676）', for lists of candidates in messages. */
export function formatCandidate(candidate: EraCandidate): string {
  const dynasty = candidate.dynasty === candidate.era ? '' : candidate.dynasty;
  return `${dynasty}${candidate.emperor}${candidate.era}（${formatSpan(candidate.from, candidate.to)}）`;
}

/** The dynasty is shown where the author wrote it, or where the era name alone would not say which era is meant (建元, 上元). */
function eraNameIsShared(era: EraYear): boolean {
  return findEras(era.era).length > 1;
}

/**
 * The era part as displayed: normalised (乾隆8年 → 乾隆八年) unless it carries a lunar month or day,
 * which is shown as written (同治五年十二月二十九日).
 */
function eraText(date: HistoricalDate, era: EraYear): string {
  for (const part of splitParenthesis(normalizeDateText(date.verbatim))) {
    const reading = readEraName(part, eraYearRest, true);
    if (reading && reading.restMatch[2]) return part;
    // An author who wrote the dynasty (东晋义熙元年) keeps it, in its standard spelling.
    if (reading && reading.dynastyText !== '') return formatEraYear(era, true);
  }
  return formatEraYear(era, eraNameIsShared(era));
}

/** '1905年', '1905年3月', '1905年3月2日'. */
export function formatGregorian(date: { year: number; month?: number; day?: number }): string {
  if (date.month === undefined) return formatYear(date.year);
  return `${formatYear(date.year)}${date.month}月${date.day === undefined ? '' : `${date.day}日`}`;
}

/**
 * Display form: '1905年', '约1469年', '1905年3月2日', '乾隆八年（1743）',
 * '1867年2月3日（同治五年十二月二十九日）', '康熙年间（1662—1722）', '明末（约1553—1644）'.
 */
export function formatHistoricalDate(date: HistoricalDate): string {
  const about = date.approximate ? '约' : '';
  if (date.precision === 'period' && date.range) {
    const span = date.dynasty === undefined ? undefined : dynastySpan(date.dynasty);
    const whole = span?.from === date.range.from && span.to === date.range.to;
    const label = splitParenthesis(normalizeDateText(date.verbatim))[0];
    return `${label}（${whole ? '' : '约'}${formatSpan(date.range.from, date.range.to)}）`;
  }
  if (date.precision === 'reign' && date.range && date.era) {
    const prefix = eraNameIsShared(date.era) ? date.era.dynasty : '';
    return `${prefix}${date.era.era}年间（${formatSpan(date.range.from, date.range.to)}）`;
  }
  if (date.era && date.month !== undefined)
    return `${about}${formatGregorian(date)}（${eraText(date, date.era)}）`;
  if (date.era) return `${eraText(date, date.era)}（${about}${yearNumber(date.year)}）`;
  return `${about}${formatGregorian(date)}`;
}
