import { describe, expect, it } from 'vitest';
import {
  coverageUnits,
  meaningfulWords,
  pinyinReadings,
  withoutToneMarks,
} from '../../../src/lib/search/chinese.ts';
import { itReturns } from '../../helpers/table-tests.ts';

describe('meaningfulWords', () => {
  itReturns('%s → %j', meaningfulWords, [
    ['泗阳的特产', ['泗阳', '特产']],
    ['宿迁有哪些非遗', ['宿迁', '非遗']],
    ['乾隆为什么来宿迁', ['乾隆', '来宿迁']],
    ['黄河故道变迁', ['黄河故道变迁']],
    ['项羽是谁', ['项羽']],
    ['骆马湖在哪里', ['骆马湖']],
    ['什么', []],
    ['Zhou Enlai', ['zhou', 'enlai']],
    ['xiàng yǔ', ['xiang', 'yu']],
    ['项羽 项羽', ['项羽']],
  ]);
});

describe('pinyinReadings', () => {
  itReturns('%s → %j', pinyinReadings, [
    ['su qian', ['suqian', 'qiansu']],
    ['Su Qian', ['suqian', 'qiansu']],
    ['XiangYu', []],
    ['Enlai Zhou', ['enlaizhou', 'zhouenlai']],
    ['xiàng yǔ', ['xiangyu', 'yuxiang']],
    ['项羽', []],
    ['', []],
  ]);
});

describe('withoutToneMarks', () => {
  itReturns('%s → %s', withoutToneMarks, [
    ['xiàng yǔ', 'xiang yu'],
    ['lǜ', 'lu'],
    ['suqian', 'suqian'],
  ]);
});

describe('coverageUnits', () => {
  itReturns('%j → %j', coverageUnits, [
    [['黄河故道变迁'], ['黄河故道变迁']],
    [['堤'], ['堤']],
    [
      ['项羽', 'zhou'],
      ['项羽', 'zhou'],
    ],
  ]);

  it('keeps at most the limit', () => {
    expect(coverageUnits(['一二三四五六七八九十甲乙'], (w) => Array.from(w), 4)).toHaveLength(4);
  });

  it.each([
    ['黄河故道变迁', ['黄河', '故道', '变迁'], ['黄河', '故道', '变迁']],
    ['龙王庙行宫', ['龙', '王', '庙', '行宫'], ['龙王', '王庙', '行宫']],
    ['宿迁', ['宿', '迁'], ['宿迁']],
    ['堤', ['堤'], ['堤']],
  ])('%s segmented as %j → %j', (word, pieces, units) => {
    expect(coverageUnits([word], () => pieces)).toEqual(units);
  });
});
