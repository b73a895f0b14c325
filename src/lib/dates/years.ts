/**
 * Arithmetic on historical years: negative = BCE and there is no year 0, so the year after -1 is 1.
 * Internally years are mapped to a gap-free count (astronomical numbering: 1 BCE = 0).
 */

function toCount(year: number): number {
  return year < 0 ? year + 1 : year;
}

function fromCount(count: number): number {
  return count <= 0 ? count - 1 : count;
}

/** The year `delta` years after `year`, skipping year 0: addYears(-5, 5) is 1. */
export function addYears(year: number, delta: number): number {
  return fromCount(toCount(year) + delta);
}

/** How many years from `from` to `to`: yearsBetween(-1, 1) is 1. */
export function yearsBetween(from: number, to: number): number {
  return toCount(to) - toCount(from);
}
