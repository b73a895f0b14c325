import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import {
  containsAny,
  foldText,
  hasHan,
  matchesLiterally,
  rewriteQuery,
  runFinalCharacters,
} from '../../../src/lib/search/chinese.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('foldText', () => {
  it('folds traditional to simplified, phrase-aware, and compatibility forms to plain ones', () => {
    expect(foldText('項羽 宿遷 駱馬湖', toSimplified)).toBe('项羽 宿迁 骆马湖');
    expect(foldText('乾隆', toSimplified)).toBe('乾隆');
    expect(foldText('ＸＩＡＮＧ', toSimplified)).toBe('XIANG');
  });
});

describe('runFinalCharacters', () => {
  it('lists the last character of each run of Han characters, once', () => {
    expect(runFinalCharacters('宿迁古称下相，是项羽故里。下相！abc相')).toEqual(['相', '里']);
  });
});

describe('rewriteQuery', () => {
  it('turns each run of Han characters into overlapping pairs', () => {
    expect(rewriteQuery('中运河')).toBe('中运 运河');
    expect(rewriteQuery('京杭大运河')).toBe('京杭 杭大 大运 运河');
  });

  it('keeps single characters and two-character words, and splits on spaces and punctuation', () => {
    expect(rewriteQuery('相')).toBe('相');
    expect(rewriteQuery('项羽 故里')).toBe('项羽 故里');
    expect(rewriteQuery('"下相"')).toBe('下相');
    expect(rewriteQuery('项羽，虞姬')).toBe('项羽 虞姬');
  });

  it('lower-cases pinyin and separates it from characters', () => {
    expect(rewriteQuery('XiangYu')).toBe('xiangyu');
    expect(rewriteQuery('项羽xy')).toBe('项羽 xy');
  });

  it('drops repeated pairs', () => {
    expect(rewriteQuery('哈哈哈')).toBe('哈哈');
  });
});

describe('matchesLiterally', () => {
  it('requires every run of characters in the text', () => {
    expect(matchesLiterally('长城', '长约一百公里的城墙', [])).toBe(false);
    expect(matchesLiterally('中运河', '清代开挖的中运河', [])).toBe(true);
    expect(matchesLiterally('项羽 长城', '项羽故里', [])).toBe(false);
  });

  it('accepts Latin words that begin a pinyin key or occur in the text', () => {
    expect(matchesLiterally('xiang', '项羽', ['xiangyu', 'xy'])).toBe(true);
    expect(matchesLiterally('zzzz', '朱瑞', ['zhurui', 'zr'])).toBe(false);
    expect(matchesLiterally('gb', '见 GB/T 7714', [])).toBe(true);
  });
});

describe('helpers', () => {
  it('hasHan and containsAny', () => {
    expect(hasHan('xiangyu')).toBe(false);
    expect(hasHan('项羽')).toBe(true);
    expect(containsAny('項羽', new Set(['項']))).toBe(true);
    expect(containsAny('项羽', new Set(['項']))).toBe(false);
  });
});
