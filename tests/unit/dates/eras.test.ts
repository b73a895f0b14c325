import { describe, expect, it } from 'vitest';
import { dynastyOfYear, eraYearOf, findEras } from '../../../src/lib/dates/index.ts';
import { westernYearOf } from '../../../src/lib/dates/reign-eras.ts';
import type { EraRecord } from '../../../src/lib/dates/date-types.ts';
import { itReturns } from '../../helpers/table-tests.ts';

describe('eraYearOf', () => {
  itReturns('%i is %o', eraYearOf, [
    [1743, { dynasty: '清', era: '乾隆', emperor: '高宗', year: 8 }],
    [1935, { dynasty: '民国', era: '民国', emperor: '', year: 24 }],
    [1912, { dynasty: '民国', era: '民国', emperor: '', year: 1 }],
    [1949, { dynasty: '民国', era: '民国', emperor: '', year: 38 }],
    [1911, { dynasty: '清', era: '宣统', emperor: '恭宗', year: 3 }],
    [1644, { dynasty: '清', era: '顺治', emperor: '世祖', year: 1 }],
    [1643, { dynasty: '明', era: '崇祯', emperor: '思宗', year: 16 }],
    [1662, { dynasty: '清', era: '康熙', emperor: '圣祖', year: 1 }],
    [627, { dynasty: '唐', era: '贞观', emperor: '太宗', year: 1 }],
    [-140, { dynasty: '西汉', era: '建元', emperor: '武帝', year: 1 }],
    [-116, { dynasty: '西汉', era: '元鼎', emperor: '武帝', year: 1 }],
    [-88, { dynasty: '西汉', era: '后元', emperor: '武帝', year: 1 }],
    [1275, { dynasty: '南宋', era: '德祐', emperor: '恭帝', year: 1 }],
  ]);

  it('takes the later era when the era changed during the year', () => {
    expect(eraYearOf(1620)?.era).toBe('泰昌');
    expect(eraYearOf(1736)?.era).toBe('乾隆');
    expect(eraYearOf(762)?.era).toBe('宝应');
  });

  it('follows the main line where dynasties overlap', () => {
    expect(eraYearOf(220)?.dynasty).toBe('曹魏');
    expect(eraYearOf(581)?.dynasty).toBe('隋');
    expect(eraYearOf(700)?.dynasty).toBe('武周');
    expect(eraYearOf(907)).toMatchObject({ dynasty: '后梁', era: '开平', year: 1 });
    expect(eraYearOf(1127)?.dynasty).toBe('南宋');
    expect(eraYearOf(1279)?.dynasty).toBe('元');
    expect(eraYearOf(1368)?.era).toBe('洪武');
  });

  it('is undefined before 建元 and after 1949', () => {
    expect(eraYearOf(-141)).toBeUndefined();
    expect(eraYearOf(-232)).toBeUndefined();
    expect(eraYearOf(1950)).toBeUndefined();
  });

  it('has an era for every year from -140 to 1949', () => {
    for (let year = -140; year <= 1949; year++) {
      if (year !== 0) expect(eraYearOf(year), String(year)).toBeDefined();
    }
  });
});

describe('dynastyOfYear', () => {
  itReturns('%i is %s', dynastyOfYear, [
    [-1046, '西周'],
    [-800, '西周'],
    [-770, '春秋'],
    [-500, '春秋'],
    [-475, '战国'],
    [-232, '战国'],
    [-221, '秦'],
    [-207, '秦'],
    [-206, '西汉'],
    [-141, '西汉'],
    [-140, '西汉'],
    [15, '新'],
    [100, '东汉'],
    [1743, '清'],
    [1935, '民国'],
    [1949, '中华人民共和国'],
    [2024, '中华人民共和国'],
  ]);

  it('is undefined before 西周 and for year 0', () => {
    expect(dynastyOfYear(-1047)).toBeUndefined();
    expect(dynastyOfYear(0)).toBeUndefined();
  });
});

describe('findEras', () => {
  it('finds every era of a name, in simplified or traditional spelling', () => {
    expect(findEras('建元').map((era) => era.dynasty)).toEqual(['西汉', '汉赵', '东晋', '前秦', '南齐']);
    expect(findEras('貞觀')).toEqual(findEras('贞观'));
    expect(findEras('光緒')).toEqual([{ dynasty: '清', era: '光绪', emperor: '德宗', from: 1875, to: 1908 }]);
    expect(findEras('乾隆')).toEqual([{ dynasty: '清', era: '乾隆', emperor: '高宗', from: 1736, to: 1795 }]);
    expect(findEras('上元')).toHaveLength(2);
  });

  it('treats rows continuing one era as one era', () => {
    expect(findEras('顺治')).toEqual([{ dynasty: '清', era: '顺治', emperor: '世祖', from: 1644, to: 1661 }]);
    expect(findEras('洪武')).toHaveLength(1);
    expect(findEras('天正')).toHaveLength(2); // 南梁 豫章王 551 and 武陵王 552: two eras, not one
  });

  it('narrows by a dynasty prefix', () => {
    expect(findEras('西汉建元')).toEqual([
      { dynasty: '西汉', era: '建元', emperor: '武帝', from: -140, to: -135 },
    ]);
  });

  it('never matches reign counts without an era name', () => {
    expect(findEras('（無年號）')).toEqual([]);
    expect(findEras('后元')).toEqual([]);
    expect(findEras('中元')).toEqual([]);
    expect(findEras('不存在')).toEqual([]);
  });
});

describe('westernYearOf', () => {
  it('skips year 0 for an era crossing from BCE to CE', () => {
    const era: EraRecord = {
      ids: [0],
      era: '测试',
      eraTraditional: '測試',
      names: ['测试'],
      dynasty: '测',
      dynastyTraditional: '測',
      emperor: '',
      emperorTraditional: '',
      firstN: 1,
      lastN: 6,
      from: -5,
      to: 1,
    };
    expect([1, 2, 3, 4, 5, 6].map((n) => westernYearOf(era, n))).toEqual([-5, -4, -3, -2, -1, 1]);
  });
});
