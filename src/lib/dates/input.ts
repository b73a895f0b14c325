/** Normalising what people type before parsing: full-width forms, spaces, a trailing parenthesis. */

const fullWidth: Record<string, string> = {
  '（': '(',
  '）': ')',
  '？': '?',
  '－': '-',
  '−': '-',
  '﹣': '-',
  '～': '~',
  '．': '.',
};

/** Drops whitespace and maps full-width digits and punctuation to ASCII: '乾隆八年 （１７４３）' → '乾隆八年(1743)'. */
export function normalizeDateText(text: string): string {
  return text
    .replace(/\s+/gu, '')
    .replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[（）？－−﹣～．]/gu, (char) => fullWidth[char] ?? char);
}

/** Splits 'A(B)' into ['A', 'B']; anything else into [text]. */
export function splitParenthesis(text: string): [string] | [string, string] {
  const match = /^([^()]+)\(([^()]+)\)$/u.exec(text);
  return match ? [match[1] ?? '', match[2] ?? ''] : [text];
}
