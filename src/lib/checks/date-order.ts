/**
 * Dates that cannot all be true: a person who dies before being born, is born in the future or
 * lives past 120, a name period that ends before it starts. Each date may be a span or a circa
 * year, so a pair is refused only when no reading of the two could be right. A real lifespan past
 * 120 (rare, usually a legend) is accepted when one of the two dates carries a note saying why.
 */
import { describeField } from './field-labels.ts';
import type { CheckedEntry, Problem } from './check-types.ts';

/** The longest life accepted without a note on the dates. */
export const MAX_LIFESPAN = 120;

interface DateValue {
  verbatim: string;
  year: number;
  range?: { from: number; to: number };
  note?: string | undefined;
}

const earliest = (date: DateValue) => date.range?.from ?? date.year;
const latest = (date: DateValue) => date.range?.to ?? date.year;
const shown = (year: number) => (year < 0 ? `前${-year}` : String(year));

export function checkDateOrder(entries: CheckedEntry[], currentYear: number): Problem[] {
  const problems: Problem[] = [];
  const report = (entry: CheckedEntry, path: (string | number)[], message: string) =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field: describeField(path), message });
  for (const entry of entries) {
    if (entry.collection === 'worthies') {
      const born = entry.data['born'] as DateValue | undefined;
      const died = entry.data['died'] as DateValue | undefined;
      if (born && earliest(born) > currentYear)
        report(entry, ['born'], `生年「${born.verbatim}」在今年（${currentYear}）之后：请核对年份。`);
      if (died && earliest(died) > currentYear)
        report(entry, ['died'], `卒年「${died.verbatim}」在今年（${currentYear}）之后：请核对年份。`);
      if (born && died && earliest(born) > latest(died)) {
        report(
          entry,
          ['died'],
          `卒年「${died.verbatim}」早于生年「${born.verbatim}」：请核对两者是否写反或抄错。`,
        );
      } else if (born && died && earliest(died) - latest(born) > MAX_LIFESPAN && !born.note && !died.note) {
        report(
          entry,
          ['died'],
          `生卒年「${born.verbatim}」至「${died.verbatim}」相距 ${earliest(died) - latest(born)} 年，超过 ${MAX_LIFESPAN} 年：请核对；若来源确实如此（或属传说），请在 born 或 died 的 note 里说明依据。`,
        );
      }
    }
    if (entry.collection === 'places') {
      const names = (entry.data['names'] as { from?: DateValue; to?: DateValue }[] | undefined) ?? [];
      names.forEach(({ from, to }, index) => {
        if (from && to && earliest(from) > latest(to)) {
          report(
            entry,
            ['names', index, 'to'],
            `结束时间「${to.verbatim}」（${shown(latest(to))}）早于起始时间「${from.verbatim}」（${shown(earliest(from))}）：请核对是否写反。`,
          );
        }
      });
    }
  }
  return problems;
}
