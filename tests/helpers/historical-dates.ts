/** Dates written as a historian writes them, read for tests that need the parsed value. */
import { parseHistoricalDate, type HistoricalDate } from '../../src/lib/dates/index.ts';

/** The date `text` stands for; a text that does not parse fails the test with the parser's reason. */
export function parsedDate(text: string): HistoricalDate {
  const result = parseHistoricalDate(text);
  if (!result.ok)
    throw new Error(`expected ${text} to parse, got ${result.error.code}: ${result.error.message}`);
  return result.date;
}
