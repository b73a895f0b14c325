/** Chinese numerals as written in era-years and lunar dates: 元, 十五, 二十四, 廿六, 卅, 一百零五. */

const digits: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 廿, 卅, 卌 stand for 二十, 三十, 四十. */
const tensWords: Record<string, number> = { 廿: 20, 卄: 20, 卅: 30, 卌: 40 };

/** Characters that can appear in a numeral, for callers that need to find where one ends. */
export const numeralCharacters = '元〇零一二两兩三四五六七八九十廿卄卅卌百';

// [一-九]百 零? ([一-九]十 | 十 | 廿 | 卅 | 卌)? [一-九]?
const numeralPattern = /^(?:(.)?百)?零?(?:(.)?十|([廿卄卅卌]))?(.)?$/u;

/**
 * Reads a Chinese or Arabic numeral: '八' → 8, '二十四' → 24, '廿四' → 24, '一百零五' → 105, '24' → 24.
 * '元' (as in 元年) reads as 1. Anything else returns undefined.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (text === '元') return 1;
  if (text === '' || text === '零' || text === '〇') return undefined;
  const match = numeralPattern.exec(text);
  if (!match) return undefined;
  const [, hundredsDigit, tensDigit, tensWord, unitDigit] = match;
  const hasHundreds = text.includes('百');
  const hasTens = text.includes('十');
  const digit = (char: string | undefined, fallback: number): number | undefined =>
    char === undefined ? fallback : digits[char];
  const hundreds = hasHundreds ? digit(hundredsDigit, 1) : 0;
  const tens = tensWord ? tensWords[tensWord] : hasTens ? digit(tensDigit, 1) : 0;
  const units = digit(unitDigit, 0);
  if (hundreds === undefined || tens === undefined || units === undefined) return undefined;
  // 零 only makes sense between hundreds and units (一百零五).
  if (text.includes('零') && (!hasHundreds || hasTens || tensWord)) return undefined;
  return hundreds * 100 + (tensWord ? tens : tens * 10) + units;
}

const digitWords = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–999 as a Chinese numeral: 10 → 十, 24 → 二十四, 105 → 一百零五, 110 → 一百一十. */
export function formatChineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 999) return String(value);
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const units = value % 10;
  let text = hundreds > 0 ? `${digitWords[hundreds]}百` : '';
  if (tens > 0) text += hundreds === 0 && tens === 1 ? '十' : `${digitWords[tens]}十`;
  else if (hundreds > 0 && units > 0) text += '零';
  return text + (digitWords[units] ?? '');
}

/** The era-year as written before 年: 1 → 元, 8 → 八, 24 → 二十四. */
export function formatEraYearNumber(year: number): string {
  return year === 1 ? '元' : formatChineseNumber(year);
}
