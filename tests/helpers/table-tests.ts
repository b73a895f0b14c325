/**
 * Table-driven tests for a function of one argument: most unit suites here are a table of inputs
 * with the output each must give, and this writes the `it.each` around such a table once.
 */
import { expect, it } from 'vitest';

/** How a failure names the call that gave the wrong output: `withoutToneMarks("lǜ")`. */
const call = (fn: (input: never) => unknown, input: unknown) =>
  `${fn.name || 'fn'}(${JSON.stringify(input)})`;

/**
 * One test per row of `rows`, titled by `title` with the row filled in (`%s`, `%j`, `%i` as in
 * `it.each`), each checking that `fn(input)` equals `expected`. `toEqual` compares strings,
 * numbers and booleans with Object.is, as `toBe` does, and arrays and objects member by member.
 * A failure names the call besides the row's title.
 */
export function itReturns<Input, Output>(
  title: string,
  fn: (input: Input) => Output,
  rows: ReadonlyArray<readonly [Input, Output]>,
): void {
  it.each(rows.map(([input, expected]): [Input, Output] => [input, expected]))(title, (input, expected) => {
    expect(fn(input), call(fn, input)).toEqual(expected);
  });
}

/**
 * The same for rows that open with what the case is about, `[case, input, expected]`, where the
 * input alone would make a poor title (a page of HTML, a paragraph of Markdown).
 */
export function itReturnsForCases<Input, Output>(
  title: string,
  fn: (input: Input) => Output,
  rows: ReadonlyArray<readonly [string, Input, Output]>,
): void {
  it.each(rows.map(([name, input, expected]): [string, Input, Output] => [name, input, expected]))(
    title,
    (_name, input, expected) => {
      expect(fn(input), call(fn, input)).toEqual(expected);
    },
  );
}
