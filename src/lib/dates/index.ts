/**
 * Historical Chinese dates: parsing (1905, 前232, 约1469, 乾隆八年（1743）, 康熙年间, 明末), display,
 * and reign-era lookup. Pure TypeScript with no framework imports: usable from Node scripts, Vite and
 * the browser. Era data: src/lib/dates/eras.json (see src/lib/dates/eras.README.md for source and licence).
 */
export type { DateError, DatePrecision, HistoricalDate } from './date-types.ts';
export { parseHistoricalDate } from './parse.ts';
export { formatEraYear, formatHistoricalDate, formatYear } from './format-date.ts';
export { eraYearOf, findEras } from './reign-eras.ts';
export { dynastyOfYear } from './periods.ts';
