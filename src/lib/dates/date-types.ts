/** Public types of the historical-date library, plus the shape of one record in src/lib/dates/eras.json. */

export type DatePrecision = 'day' | 'month' | 'year' | 'reign' | 'period';

export interface EraYear {
  dynasty: string;
  era: string;
  emperor: string;
  /** Era-year number: 1 = 元年. */
  year: number;
}

export interface HistoricalDate {
  /** The input, trimmed, exactly as written. */
  verbatim: string;
  /** Historical year (negative = BCE, never 0); for spans, the start year. The sort key. */
  year: number;
  /** Gregorian month, only for day/month precision. */
  month?: number;
  day?: number;
  precision: DatePrecision;
  /** 约 / ? / periods. */
  approximate: boolean;
  /** Reign spans and periods (historical years, inclusive). */
  range?: { from: number; to: number };
  /**
   * When written with (or resolved to) a reign era; names in simplified form.
   * For reign precision (康熙年间) `year` is the era's first year number; read `range` instead.
   */
  era?: EraYear;
  /** Simplified dynasty name when known (from the era or the period). */
  dynasty?: string;
}

export type DateErrorCode =
  | 'empty'
  | 'unparseable'
  | 'year-zero'
  | 'invalid-day'
  | 'unknown-era'
  | 'ambiguous-era'
  | 'era-year-out-of-range'
  | 'mismatch';

export interface EraCandidate {
  dynasty: string;
  era: string;
  emperor: string;
  from: number;
  to: number;
}

export interface DateError {
  code: DateErrorCode;
  message: string;
  candidates?: EraCandidate[];
}

export type DateParseResult = { ok: true; date: HistoricalDate } | { ok: false; error: DateError };

/**
 * One era in src/lib/dates/eras.json (written by scripts/build-eras.ts). Rows of the source that continue
 * the same era (順治 year 18 under the next emperor) are merged into one record.
 */
export interface EraRecord {
  /** DDBC era_id values merged into this record, to trace it back to the source. */
  ids: number[];
  /** Simplified name; '' for a reign-year count without an era name (（無年號）). */
  era: string;
  eraTraditional: string;
  /** Every spelling that may be matched (traditional, simplified, variants). Empty: never matched as an era name. */
  names: string[];
  dynasty: string;
  dynastyTraditional: string;
  emperor: string;
  emperorTraditional: string;
  /** First and last era-year numbers covered by this record. */
  firstN: number;
  lastN: number;
  /** Historical years of firstN and lastN. */
  from: number;
  to: number;
}
