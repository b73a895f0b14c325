/**
 * Table-driven tests for a function of one argument: most unit suites here are a table of inputs
 * with the output each must give, and this writes the `it.each` around such a table once.
 */
import { expect, it } from 'vitest';

/**
 * One test per row of `rows`, titled by `title` with the row filled in (`%s`, `%j`, `%i` as in
 * `it.each`), each checking that `fn(input)` equals `expected`. `toEqual` compares strings,
 * numbers and booleans with Object.is, as `toBe` does, and arrays and objects member by member.
 * A failure names the call, e.g. `withoutToneMarks("lǜ")`, besides the row's title.
 */
export function itReturns<Input, Output>(
  title: string,
  fn: (input: Input) => Output,
  rows: ReadonlyArray<readonly [Input, Output]>,
): void {
  it.each(rows.map(([input, expected]): [Input, Output] => [input, expected]))(title, (input, expected) => {
    expect(fn(input), `${fn.name || 'fn'}(${JSON.stringify(input)})`).toEqual(expected);
  });
}
