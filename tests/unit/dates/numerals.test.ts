import { describe, expect, it } from 'vitest';
import {
  formatChineseNumber,
  formatEraYearNumber,
  parseChineseNumber,
} from '../../../src/lib/dates/numerals.ts';
import { addYears, yearsBetween } from '../../../src/lib/dates/years.ts';
import { itReturns } from '../../helpers/table-tests.ts';

describe('parseChineseNumber', () => {
  itReturns('reads %s as %i', parseChineseNumber, [
    ['元', 1],
    ['一', 1],
    ['八', 8],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十四', 24],
    ['廿', 20],
    ['廿六', 26],
    ['卅', 30],
    ['卅一', 31],
    ['卌', 40],
    ['六十一', 61],
    ['一百', 100],
    ['百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['二百三十四', 234],
    ['24', 24],
    ['8', 8],
  ]);

  it.each(['', '〇', '零', '十十', '一二', '二十零', '零五', '廿十', '百百', '正', 'x'])(
    'rejects %j',
    (text) => {
      expect(parseChineseNumber(text)).toBeUndefined();
    },
  );
});

describe('formatChineseNumber', () => {
  itReturns('writes %i as %s', formatChineseNumber, [
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [24, '二十四'],
    [61, '六十一'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [268, '二百六十八'],
  ]);

  it('reads back everything it writes', () => {
    for (let value = 1; value < 1000; value++)
      expect(parseChineseNumber(formatChineseNumber(value))).toBe(value);
  });

  it('writes era-year 1 as 元', () => {
    expect(formatEraYearNumber(1)).toBe('元');
    expect(formatEraYearNumber(2)).toBe('二');
  });
});

describe('year arithmetic without year 0', () => {
  it('steps from BCE into CE skipping 0', () => {
    expect(addYears(-1, 1)).toBe(1);
    expect(addYears(1, -1)).toBe(-1);
    // An era starting in 5 BCE with 6 years (years 1–6) ends in 1 CE, not 0.
    expect(addYears(-5, 5)).toBe(1);
    expect(addYears(-116, 5)).toBe(-111);
    expect(addYears(1736, 59)).toBe(1795);
  });

  it('counts the years between two years', () => {
    expect(yearsBetween(-1, 1)).toBe(1);
    expect(yearsBetween(-206, 25)).toBe(230);
    expect(yearsBetween(1368, 1644)).toBe(276);
  });
});
