/**
 * What the editor's date field says under the input as a historian types: how the archive reads
 * the date (in both calendars), or the same Chinese message `npm run check` would give.
 */
import { dateInBothForms } from '../date-display.ts';
import { parseHistoricalDate } from '../dates/index.ts';

/** The editor's own widget for a date as the sources write it (registered in admin.ts). */
export const DATE_WIDGET = 'historical-date';

export type DateFeedback = { ok: true; reading: string } | { ok: false; message: string };

export function dateFeedback(text: string): DateFeedback {
  const result = parseHistoricalDate(text.trim());
  return result.ok
    ? { ok: true, reading: dateInBothForms(result.date) }
    : { ok: false, message: result.error.message };
}
