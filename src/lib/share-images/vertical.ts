/**
 * Text set vertically (竖排), one character under another, for short titles on posters and covers.
 * Satori has no vertical writing mode, so columns are built character by character: digits become
 * Chinese numerals and dashes and brackets their vertical forms, as in a vertically set book.
 */
import { box, type BoxElement } from './nodes.ts';
import { characters } from './text.ts';

const NUMERALS = '〇一二三四五六七八九';
const VERTICAL_FORMS: Record<string, string> = {
  '—': '︱',
  '–': '︱',
  '-': '︱',
  '（': '︵',
  '）': '︶',
  '(': '︵',
  ')': '︶',
  '《': '︽',
  '》': '︾',
  '「': '﹁',
  '」': '﹂',
  '·': '・',
  '，': '︐',
  '、': '︑',
  '。': '︒',
  '：': '︓',
};

/** The characters of a text as they stand in a vertical column. */
export function verticalChars(text: string): string[] {
  return characters(text.replace(/\s+/g, '')).map((c) =>
    /\d/.test(c) ? (NUMERALS[Number(c)] ?? c) : (VERTICAL_FORMS[c] ?? c),
  );
}

/** Whether a title is short enough to stand as one vertical column. */
export function fitsVertically(text: string, maxChars: number): boolean {
  const chars = characters(text.replace(/\s+/g, ''));
  return chars.length <= maxChars && chars.every((c) => /[\u3400-\u9fff·]/.test(c));
}

export function verticalColumn(
  text: string,
  size: number,
  style: Record<string, string | number> = {},
): BoxElement {
  return box(
    {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      fontSize: size,
      lineHeight: 1,
      ...style,
    },
    ...verticalChars(text).map((c) =>
      box(
        {
          display: 'flex',
          height: size * 1.12,
          width: size * 1.1,
          alignItems: 'center',
          justifyContent: 'center',
        },
        c,
      ),
    ),
  );
}
