import { z } from 'astro/zod';
import { parseHistoricalDate, type HistoricalDate } from '../lib/dates/index.ts';
import { dateAsText } from './common.ts';

/** A date as the sources give it; YAML reads `1905` as a number and `1905-03-02` as a Date, so both are taken as text. */
const dateText = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : dateAsText(value)),
  z.string({ error: '日期应写成文字，如 1905、前232、乾隆八年。' }).transform((text, ctx): HistoricalDate => {
    const result = parseHistoricalDate(text);
    if (result.ok) return result.date;
    ctx.issues.push({ code: 'custom', message: result.error.message, input: text });
    return z.NEVER;
  }),
);

/**
 * A historical date: `1905`, `1905-03-02`, `前232`, `约1469`, `乾隆八年`, `乾隆八年（1743）`,
 * `康熙年间`, `明末`. Where sources disagree, write the object form:
 * `{ date: 1900, alternatives: [1901, 1903], note: 黄埔学生自传作1900年 }`.
 */
export const historicalDateSchema = z
  .preprocess(
    (value) =>
      typeof value === 'object' && value !== null && !(value instanceof Date) ? value : { date: value },
    z.strictObject({
      /** 采用的日期。 */
      date: dateText,
      /** 其他来源给出的不同日期（异说）。 */
      alternatives: z.array(dateText).default([]),
      /** 关于这个日期的说明，如「生年据《史记》推得」。 */
      note: z.string().trim().min(1).optional(),
    }),
  )
  .transform(({ date, alternatives, note }) => ({ ...date, alternatives, note }));
