import { describe, expect, it } from 'vitest';
import { parseHistoricalDate } from '../../../src/lib/dates/index.ts';
import type { DateError, HistoricalDate } from '../../../src/lib/dates/index.ts';
import type { EraYear } from '../../../src/lib/dates/date-types.ts';
import { parsedDate } from '../../helpers/historical-dates.ts';
import { itReturns } from '../../helpers/table-tests.ts';

const yearOf = (input: string): number => parsedDate(input).year;

function failed(input: string): DateError {
  const result = parseHistoricalDate(input);
  if (result.ok) throw new Error(`expected ${input} to fail, got ${JSON.stringify(result.date)}`);
  return result.error;
}

/** A date read to the year of a reign (an era name or an emperor's title), in the era's dynasty. */
function eraDate(verbatim: string, year: number, era: EraYear): HistoricalDate {
  return { verbatim, year, precision: 'year', approximate: false, era, dynasty: era.dynasty };
}

const qianlong8 = { dynasty: '清', era: '乾隆', emperor: '高宗', year: 8 };

describe('plain western years', () => {
  it.each([
    ['1905', 1905],
    ['1905年', 1905],
    ['公元1905年', 1905],
    ['  1905 ', 1905],
    ['１９０５年', 1905],
  ])('%j is the year %i', (input, year) => {
    expect(parsedDate(input)).toEqual({
      verbatim: input.trim(),
      year,
      precision: 'year',
      approximate: false,
    });
  });

  it.each([
    ['前232', -232],
    ['前232年', -232],
    ['公元前232年', -232],
    ['-232', -232],
  ])('%j is the BCE year %i', (input, year) => {
    expect(parsedDate(input)).toEqual({ verbatim: input, year, precision: 'year', approximate: false });
  });

  it.each([
    ['约1469', 1469],
    ['约1469年', 1469],
    ['1469?', 1469],
    ['1469？', 1469],
    ['约前232', -232],
    ['前232?', -232],
  ])('%j is approximately %i', (input, year) => {
    expect(parsedDate(input)).toEqual({ verbatim: input, year, precision: 'year', approximate: true });
  });

  it('leaves the dynasty of a plain year to dynastyOfYear', () => {
    expect(parsedDate('1743').dynasty).toBeUndefined();
  });
});

describe('Gregorian dates and months', () => {
  it.each(['1905-03-02', '1905年3月2日', '1905-3-2'])('%j is a day', (input) => {
    expect(parsedDate(input)).toEqual({
      verbatim: input,
      year: 1905,
      month: 3,
      day: 2,
      precision: 'day',
      approximate: false,
    });
  });

  it.each(['1905-03', '1905年3月'])('%j is a month', (input) => {
    expect(parsedDate(input)).toEqual({
      verbatim: input,
      year: 1905,
      month: 3,
      precision: 'month',
      approximate: false,
    });
  });

  it('accepts 29 February in leap years only', () => {
    expect(parsedDate('1904-02-29').day).toBe(29);
    expect(parsedDate('2000-02-29').day).toBe(29);
    expect(failed('1900-02-29').code).toBe('invalid-day');
    expect(failed('1905-02-29')).toEqual({
      code: 'invalid-day',
      message: '「1905-02-29」不是有效日期：1905年2月只有28天。',
    });
  });

  it.each(['1905-13', '1905-00-01', '1905年4月31日', '1905-06-31', '1905-01-32'])(
    'rejects %j as invalid-day',
    (input) => {
      expect(failed(input).code).toBe('invalid-day');
    },
  );
});

describe('year zero', () => {
  it.each(['0', '前0', '0年', '公元前0年'])('%j has no year 0', (input) => {
    expect(failed(input)).toEqual({
      code: 'year-zero',
      message: '公元纪年没有0年：公元前1年的下一年是公元1年。',
    });
  });
});

describe('reign-era years', () => {
  itReturns('%j is %i', yearOf, [
    ['乾隆元年', 1736],
    ['康熙元年', 1662],
    ['贞观元年', 627],
    ['貞觀元年', 627],
    ['宝应元年', 762],
    ['寶應元年', 762],
    ['义熙元年', 405],
    ['元鼎元年', -116],
    ['元鼎六年', -111],
    ['嘉靖元年', 1522],
    ['开元元年', 713],
    ['光緒廿六年', 1900],
    ['光绪二十六年', 1900],
    ['乾隆二十年', 1755],
    ['乾隆廿年', 1755],
    ['乾隆卅年', 1765],
    ['乾隆六十年', 1795],
    ['康熙六十一年', 1722],
    ['雍正十三年', 1735],
    ['崇祯十七年', 1644],
    ['崇禎元年', 1628],
    ['顺治十八年', 1661],
    ['宣统三年', 1911],
    ['永和九年', 353],
    ['建元二十年', 384],
    ['开宝五年', 972],
    ['神龙元年', 705],
  ]);

  it('gives the era, in simplified form, and its dynasty', () => {
    expect(parsedDate('乾隆八年')).toEqual(eraDate('乾隆八年', 1743, qianlong8));
    expect(parsedDate('光緒廿六年').era).toEqual({ dynasty: '清', era: '光绪', emperor: '德宗', year: 26 });
    expect(parsedDate('乾隆8年').era).toEqual(qianlong8);
    expect(parsedDate('乾隆８年').era).toEqual(qianlong8);
  });

  it('matches era names from the dictionary, so 正 and 元 inside names are not read as numerals', () => {
    expect(parsedDate('雍正十年')).toMatchObject({ year: 1732, era: { era: '雍正', year: 10 } });
    expect(parsedDate('正元二年')).toMatchObject({
      year: 255,
      era: { era: '正元', dynasty: '曹魏', year: 2 },
    });
    expect(parsedDate('元和元年（806）')).toMatchObject({ year: 806, era: { era: '元和', dynasty: '唐' } });
    expect(parsedDate('建武中元二年')).toMatchObject({ year: 57, era: { era: '建武中元', year: 2 } });
    expect(parsedDate('太初元将元年')).toMatchObject({ year: -5, era: { era: '太初元将' } });
    expect(parsedDate('太平兴国五年')).toMatchObject({ year: 980, era: { era: '太平兴国' } });
  });

  it('crosses from BCE to CE without a year 0', () => {
    expect(parsedDate('元寿二年').year).toBe(-1);
    expect(parsedDate('元始元年').year).toBe(1);
    expect(parsedDate('建平四年').year).toBe(-3);
  });

  itReturns('with a dynasty prefix, %j is %i', yearOf, [
    ['西漢建元元年', -140],
    ['汉建元元年', -140],
    ['前秦建元元年', 365],
    ['南齐建元元年', 479],
    ['唐元和元年', 806],
    ['元至元十年', 1273],
    ['大清乾隆八年', 1743],
  ]);

  it('accepts a dynasty prefix, which narrows the era', () => {
    expect(parsedDate('清乾隆八年')).toMatchObject({ year: 1743, era: qianlong8, dynasty: '清' });
    expect(parsedDate('西汉建元元年')).toMatchObject({
      year: -140,
      dynasty: '西汉',
      era: { era: '建元', emperor: '武帝' },
    });
  });

  it('keeps a lunar month and day in verbatim only', () => {
    expect(parsedDate('乾隆三十年腊月初一')).toEqual(
      eraDate('乾隆三十年腊月初一', 1765, { dynasty: '清', era: '乾隆', emperor: '高宗', year: 30 }),
    );
    expect(parsedDate('同治五年十二月二十九日')).toMatchObject({
      year: 1866,
      precision: 'year',
      era: { era: '同治', year: 5 },
    });
  });

  itReturns('with a lunar month or day, %j is %i', yearOf, [
    ['同治五年闰五月十五日', 1866],
    ['乾隆元年正月', 1736],
    ['乾隆元年春正月', 1736],
    ['乾隆八年秋', 1743],
    ['乾隆八年十月朔', 1743],
  ]);

  it('rejects lunar dates that do not exist and trailing text it cannot read', () => {
    expect(failed('乾隆八年十三月').code).toBe('invalid-day');
    expect(failed('乾隆八年三月三十五日').code).toBe('invalid-day');
    expect(failed('乾隆八年三月初十五').code).toBe('invalid-day');
    const trailing = failed('乾隆八年春天');
    expect(trailing.code).toBe('unparseable');
    expect(trailing.message).toContain('「春天」');
  });
});

describe('emperor-years of reigns without era names', () => {
  it.each([
    ['秦二世元年', -209, '秦', '二世', 1],
    ['秦二世三年', -207, '秦', '二世', 3],
    ['汉惠帝三年', -192, '西汉', '惠帝', 3],
    ['汉高祖五年', -202, '西汉', '高祖', 5],
    ['西汉文帝元年', -179, '西汉', '文帝', 1],
    ['秦始皇三十年', -217, '秦', '始皇帝', 30],
    ['北周明帝二年', 558, '北周', '明帝', 2],
  ])('%j is %i', (input, year, dynasty, emperor, n) => {
    expect(parsedDate(input)).toEqual(eraDate(input, year, { dynasty, era: '', emperor, year: n }));
  });

  it('checks them like era-years', () => {
    expect(parsedDate('汉惠帝三年（前192）').year).toBe(-192);
    expect(failed('汉惠帝三年（前191）').code).toBe('mismatch');
    expect(failed('秦二世五年')).toMatchObject({
      code: 'era-year-out-of-range',
      message: '秦二世只有三年（前209—前207），没有「秦二世五年」。请核对来源。',
    });
    // The dynasty is required: emperor titles repeat across dynasties.
    expect(failed('二世元年').code).toBe('unknown-era');
  });
});

describe('the Republic', () => {
  it.each([
    ['民国24年', 1935, 24],
    ['民国二十四年', 1935, 24],
    ['民國二十四年', 1935, 24],
    ['民国元年', 1912, 1],
    ['中华民国三十八年', 1949, 38],
  ])('%j is %i', (input, year, n) => {
    expect(parsedDate(input)).toMatchObject({
      year,
      precision: 'year',
      era: { era: '民国', dynasty: '民国', year: n },
      dynasty: '民国',
    });
  });

  it('ends in 1949', () => {
    expect(failed('民国39年').code).toBe('era-year-out-of-range');
  });
});

describe('reign spans', () => {
  it.each(['康熙年间', '康熙间', '康熙朝', '清康熙年间', '康熙年間'])('%j is the whole 康熙 era', (input) => {
    expect(parsedDate(input)).toEqual({
      verbatim: input,
      year: 1662,
      precision: 'reign',
      approximate: false,
      range: { from: 1662, to: 1722 },
      era: { dynasty: '清', era: '康熙', emperor: '圣祖', year: 1 },
      dynasty: '清',
    });
  });

  it('covers merged continuation rows and the 民国 era', () => {
    expect(parsedDate('顺治年间').range).toEqual({ from: 1644, to: 1661 });
    expect(parsedDate('崇祯年间').range).toEqual({ from: 1628, to: 1644 });
    expect(parsedDate('西汉建元年间').range).toEqual({ from: -140, to: -135 });
  });
});

describe('periods', () => {
  it.each([
    ['明末', '明', 1553, 1644],
    ['明初', '明', 1368, 1459],
    ['明中叶', '明', 1460, 1552],
    ['明代', '明', 1368, 1644],
    ['明朝', '明', 1368, 1644],
    ['清初', '清', 1644, 1732],
    ['清中叶', '清', 1733, 1822],
    ['清中期', '清', 1733, 1822],
    ['清末', '清', 1823, 1911],
    ['清代', '清', 1644, 1911],
    ['唐代', '唐', 618, 907],
    ['北宋', '北宋', 960, 1127],
    ['南宋', '南宋', 1127, 1279],
    ['宋', '宋', 960, 1279],
    ['民国', '民国', 1912, 1949],
    ['民國時期', '民国', 1912, 1949],
    ['民国年间', '民国', 1912, 1949],
    ['中华民国', '民国', 1912, 1949],
    ['秦末', '秦', -211, -207],
    ['东汉末年', '东汉', 156, 220],
    ['東漢末年', '东汉', 156, 220],
    ['东汉', '东汉', 25, 220],
    ['西汉末', '西汉', -52, 25],
    ['西汉中期', '西汉', -129, -53],
    ['战国', '战国', -475, -221],
    ['戰國', '战国', -475, -221],
    ['春秋', '春秋', -770, -476],
    ['春秋末期', '春秋', -573, -476],
    ['西周', '西周', -1046, -771],
    ['东周', '东周', -770, -256],
    ['汉', '汉', -206, 220],
    ['晋', '晋', 265, 420],
    ['三国', '三国', 220, 280],
    ['南北朝', '南北朝', 420, 589],
    ['五代', '五代', 907, 960],
    ['后唐', '后唐', 923, 936],
    ['元代', '元', 1271, 1368],
    ['明后期', '明', 1553, 1644],
    ['明晚期', '明', 1553, 1644],
    ['清前期', '清', 1644, 1732],
  ])('%j is %s %i–%i', (input, dynasty, from, to) => {
    expect(parsedDate(input)).toEqual({
      verbatim: input,
      year: from,
      precision: 'period',
      approximate: true,
      range: { from, to },
      dynasty,
    });
  });
});

describe('era-year and western year together', () => {
  it.each([
    '乾隆八年（1743）',
    '乾隆八年(1743)',
    '乾隆八年(1743年)',
    '乾隆八年 （1743）',
    '1743（乾隆八年）',
    '清乾隆八年（公元1743年）',
  ])('%j agrees', (input) => {
    expect(parsedDate(input)).toEqual(eraDate(input, 1743, qianlong8));
  });

  it('handles BCE', () => {
    expect(parsedDate('元鼎元年（前116）')).toMatchObject({
      year: -116,
      era: { era: '元鼎', dynasty: '西汉', year: 1 },
    });
    expect(parsedDate('元鼎元年（-116）').year).toBe(-116);
  });

  it('resolves an ambiguous era name by the western year', () => {
    expect(parsedDate('上元二年（675）')).toMatchObject({
      year: 675,
      era: { era: '上元', emperor: '高宗', year: 2 },
      dynasty: '唐',
    });
    expect(parsedDate('上元二年（761）')).toMatchObject({
      year: 761,
      era: { era: '上元', emperor: '肃宗', year: 2 },
    });
    expect(parsedDate('建元元年（343）')).toMatchObject({ year: 343, dynasty: '东晋' });
  });

  it('keeps the Gregorian date and the era', () => {
    expect(parsedDate('1867-02-03（同治五年十二月二十九日）')).toEqual({
      verbatim: '1867-02-03（同治五年十二月二十九日）',
      year: 1867,
      month: 2,
      day: 3,
      precision: 'day',
      approximate: false,
      era: { dynasty: '清', era: '同治', emperor: '穆宗', year: 5 },
      dynasty: '清',
    });
    expect(parsedDate('1866-12-01（同治五年十月二十五日）')).toMatchObject({ year: 1866, month: 12, day: 1 });
    expect(parsedDate('1905年3月（光绪三十一年）')).toMatchObject({
      year: 1905,
      month: 3,
      precision: 'month',
      era: { year: 31 },
    });
  });

  it('allows the lunar year to be one behind only in January and February', () => {
    expect(parsedDate('1867-01-20（同治五年）').era?.year).toBe(5);
    expect(failed('1867-03-01（同治五年）').code).toBe('mismatch');
    expect(failed('1867（同治五年）').code).toBe('mismatch');
  });

  it('reports a mismatch', () => {
    expect(failed('乾隆八年（1744）')).toMatchObject({
      code: 'mismatch',
      message: '「乾隆八年」是1743年，括号里写的是1744年，两者不一致。请核对来源，只保留正确的写法。',
    });
    expect(failed('1744（乾隆八年）').message).toBe(
      '「乾隆八年」是1743年，括号外写的是1744年，两者不一致。请核对来源，只保留正确的写法。',
    );
    const ambiguous = failed('上元二年（700）');
    expect(ambiguous.code).toBe('mismatch');
    expect(ambiguous.message).toContain('675年');
    expect(ambiguous.message).toContain('761年');
  });

  it('reads back the display forms of spans and checks them', () => {
    expect(parsedDate('康熙年间（1662—1722）').range).toEqual({ from: 1662, to: 1722 });
    expect(parsedDate('明末（约1553—1644）').range).toEqual({ from: 1553, to: 1644 });
    expect(parsedDate('战国（前475—前221）').range).toEqual({ from: -475, to: -221 });
    expect(failed('康熙年间（1662—1720）').code).toBe('mismatch');
  });

  it('needs one western and one era part', () => {
    expect(failed('1743（1744）').code).toBe('unparseable');
    expect(failed('乾隆八年（乾隆八年）').code).toBe('unparseable');
  });
});

describe('errors', () => {
  it('empty', () => {
    expect(failed('').code).toBe('empty');
    expect(failed('   ').code).toBe('empty');
  });

  it('unparseable, with examples of what works', () => {
    expect(failed('1905年春')).toEqual({
      code: 'unparseable',
      message:
        '无法识别日期「1905年春」。可以写成：1905、1905-03-02、前232、约1469、1469?、乾隆八年、乾隆八年（1743）、康熙年间、明末。',
    });
  });

  it.each(['hello', '19050', '明末清初', '乾隆', '乾隆〇年'])('unparseable: %s', (input) => {
    expect(failed(input).code).toBe('unparseable');
  });

  it('era-year-out-of-range', () => {
    expect(failed('雍正十五年')).toEqual({
      code: 'era-year-out-of-range',
      message: '雍正只有十三年（1723—1735），没有「雍正十五年」。请核对来源。',
      candidates: [{ dynasty: '清', era: '雍正', emperor: '世宗', from: 1723, to: 1735 }],
    });
    expect(failed('乾隆六十一年').code).toBe('era-year-out-of-range');
    expect(failed('崇祯十八年').code).toBe('era-year-out-of-range');
    expect(failed('乾隆0年').code).toBe('era-year-out-of-range');
    const shared = failed('建元三十年');
    expect(shared.code).toBe('era-year-out-of-range');
    expect(shared.candidates).toHaveLength(5);
  });

  it('ambiguous-era lists every candidate with dynasty, emperor and span', () => {
    const jianyuan = failed('建元元年');
    expect(jianyuan.code).toBe('ambiguous-era');
    expect(jianyuan.candidates).toEqual([
      { dynasty: '西汉', era: '建元', emperor: '武帝', from: -140, to: -135 },
      { dynasty: '汉赵', era: '建元', emperor: '烈帝', from: 315, to: 316 },
      { dynasty: '东晋', era: '建元', emperor: '康帝', from: 343, to: 345 },
      { dynasty: '前秦', era: '建元', emperor: '世祖', from: 365, to: 385 },
      { dynasty: '南齐', era: '建元', emperor: '高帝', from: 479, to: 483 },
    ]);
    for (const label of [
      '西汉武帝建元（前140—前135）',
      '前秦世祖建元（365—385）',
      '东晋康帝建元（343—345）',
      '南齐高帝建元（479—483）',
    ]) {
      expect(jianyuan.message).toContain(label);
    }
    expect(jianyuan.message).toContain('「西汉建元元年」');

    expect(failed('上元二年')).toEqual({
      code: 'ambiguous-era',
      message:
        '「上元」是多个年号：唐高宗上元（674—676）、唐肃宗上元（760—761）。请在括号里写公元年（如「上元二年（675）」）。',
      candidates: [
        { dynasty: '唐', era: '上元', emperor: '高宗', from: 674, to: 676 },
        { dynasty: '唐', era: '上元', emperor: '肃宗', from: 760, to: 761 },
      ],
    });
    expect(failed('唐上元二年').code).toBe('ambiguous-era');
    expect(failed('建兴元年').candidates?.map((candidate) => candidate.dynasty)).toContain('蜀汉');
    expect(failed('建元年间').code).toBe('ambiguous-era');
  });

  it('unknown-era suggests names with the same first character', () => {
    const error = failed('乾龙八年');
    expect(error.code).toBe('unknown-era');
    expect(error.message).toContain('「乾龙」');
    expect(error.message).toContain('乾元');
    expect(failed('清乾龙八年').message).toContain('「乾龙」');
    expect(failed('乾龙年间').code).toBe('unknown-era');
    expect(failed('嗯嗯八年').message).toContain('可以写成');
  });

  it('unknown-era when the dynasty prefix does not fit the era', () => {
    const error = failed('明乾隆八年');
    expect(error.code).toBe('unknown-era');
    expect(error.message).toContain('清高宗乾隆（1736—1795）');
  });
});
