/** The editor's date field gives the same reading and the same messages as the checks. */
import { describe, expect, it } from 'vitest';
import { dateFeedback } from '../../src/lib/cms/date-feedback.ts';
import { historicalDateSchema } from '../../src/schemas/date.ts';

const TEXTS = [
  '乾隆八年（1743）',
  '1469',
  '前232',
  '约1469',
  '明末',
  '康熙年间',
  '乾隆九十年',
  '乾隆八年（1750）',
  'abc',
];

describe('date feedback in the editor', () => {
  it.each(TEXTS)('%s: accepted exactly when the schema accepts it, with its message', (text) => {
    const feedback = dateFeedback(text);
    const parsed = historicalDateSchema.safeParse(text);
    expect(feedback.ok).toBe(parsed.success);
    if (!feedback.ok) expect(parsed.error?.issues.map((i) => i.message)).toContain(feedback.message);
  });

  it.each([
    ['1469', '明成化五年'],
    ['乾隆八年', '1743'],
  ])('%s reads with its counterpart in the other calendar (%s)', (text, counterpart) => {
    const feedback = dateFeedback(text);
    expect(feedback.ok && feedback.reading).toContain(counterpart);
  });
});
