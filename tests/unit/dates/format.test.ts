import { describe, expect, it } from 'vitest';
import {
  formatEraYear,
  formatHistoricalDate,
  formatYear,
  parseHistoricalDate,
} from '../../../src/lib/dates/index.ts';
import { parsedDate } from '../../helpers/historical-dates.ts';
import { itReturns } from '../../helpers/table-tests.ts';

const display = (input: string): string => formatHistoricalDate(parsedDate(input));

describe('formatYear', () => {
  it('writes BCE years with 前', () => {
    expect(formatYear(-232)).toBe('前232年');
    expect(formatYear(1743)).toBe('1743年');
    expect(formatYear(1)).toBe('1年');
    expect(formatYear(-1)).toBe('前1年');
  });

  it('refuses year 0', () => {
    expect(() => formatYear(0)).toThrow(RangeError);
  });
});

describe('formatEraYear', () => {
  it('writes era-years in Chinese numerals, 1 as 元年', () => {
    expect(formatEraYear({ dynasty: '清', era: '乾隆', emperor: '高宗', year: 8 })).toBe('乾隆八年');
    expect(formatEraYear({ dynasty: '清', era: '乾隆', emperor: '高宗', year: 8 }, true)).toBe('清乾隆八年');
    expect(formatEraYear({ dynasty: '清', era: '乾隆', emperor: '高宗', year: 1 })).toBe('乾隆元年');
    expect(formatEraYear({ dynasty: '清', era: '康熙', emperor: '圣祖', year: 61 })).toBe('康熙六十一年');
    expect(formatEraYear({ dynasty: '民国', era: '民国', emperor: '', year: 24 }, true)).toBe('民国二十四年');
    expect(formatEraYear({ dynasty: '秦', era: '', emperor: '二世', year: 1 })).toBe('秦二世元年');
  });
});

describe('formatHistoricalDate', () => {
  itReturns('%j → %j', display, [
    ['1905', '1905年'],
    ['公元1905年', '1905年'],
    ['前232', '前232年'],
    ['-232', '前232年'],
    ['约1469', '约1469年'],
    ['1469?', '约1469年'],
    ['约前232', '约前232年'],
    ['1905-03-02', '1905年3月2日'],
    ['1905年3月', '1905年3月'],
    ['乾隆八年', '乾隆八年（1743）'],
    ['乾隆8年', '乾隆八年（1743）'],
    ['清乾隆八年', '清乾隆八年（1743）'],
    ['光緒廿六年', '光绪二十六年（1900）'],
    ['乾隆八年（1743）', '乾隆八年（1743）'],
    ['1743（乾隆八年）', '乾隆八年（1743）'],
    ['元鼎元年（前116）', '元鼎元年（前116）'],
    ['民国24年', '民国二十四年（1935）'],
    ['同治五年十二月二十九日', '同治五年十二月二十九日（1866）'],
    ['1867-02-03（同治五年十二月二十九日）', '1867年2月3日（同治五年十二月二十九日）'],
    ['1905年3月（光绪三十一年）', '1905年3月（光绪三十一年）'],
    ['康熙年间', '康熙年间（1662—1722）'],
    ['清康熙朝', '康熙年间（1662—1722）'],
    ['明末', '明末（约1553—1644）'],
    ['战国', '战国（前475—前221）'],
    ['秦末', '秦末（约前211—前207）'],
    ['明代', '明代（1368—1644）'],
    ['秦二世元年', '秦二世元年（前209）'],
    ['汉惠帝三年', '西汉惠帝三年（前192）'],
  ]);

  it('adds the dynasty where the era name alone is shared', () => {
    expect(display('西汉建元元年')).toBe('西汉建元元年（前140）');
    expect(display('上元二年（675）')).toBe('唐上元二年（675）');
    expect(display('贞观元年')).toBe('唐贞观元年（627）');
  });

  it.each(['战国', '明末', '康熙年间', '西汉末'])('never uses an ASCII hyphen between years: %s', (input) => {
    expect(display(input)).not.toMatch(/\d-/);
  });

  it.each([
    '1905',
    '约前232',
    '1905-03-02',
    '乾隆八年',
    '元鼎元年',
    '康熙年间',
    '明末',
    '战国',
    '1867-02-03（同治五年十二月二十九日）',
  ])('writes a form that parses back to the same date: %s', (input) => {
    const first = parseHistoricalDate(input);
    if (!first.ok) throw new Error(input);
    const again = parseHistoricalDate(formatHistoricalDate(first.date));
    if (!again.ok) throw new Error(`${input} → ${formatHistoricalDate(first.date)}: ${again.error.message}`);
    expect({ ...again.date, verbatim: input }).toEqual(first.date);
  });
});

describe('a dynasty the author wrote', () => {
  it('is kept in the display, in its standard spelling', () => {
    const parsed = parseHistoricalDate('东晋义熙元年（405）');
    expect(parsed.ok && formatHistoricalDate(parsed.date)).toBe('东晋义熙元年（405）');
    const plain = parseHistoricalDate('义熙元年');
    expect(plain.ok && formatHistoricalDate(plain.date)).toBe('义熙元年（405）');
  });
});
