import { describe, expect, it } from 'vitest';
import { pinyinInitials, slugFitsName, slugify } from '../../src/lib/pinyin.ts';

describe('slugify', () => {
  it('writes lowercase hyphenated pinyin without tones', () => {
    expect(slugify('项羽', { person: true })).toBe('xiang-yu');
    expect(slugify('宿城区')).toBe('su-cheng-qu');
    expect(slugify('骆马湖')).toBe('luo-ma-hu');
  });

  it('reads surnames by their surname pronunciation for personal names only', () => {
    expect(slugify('单雄信', { person: true })).toBe('shan-xiong-xin');
    expect(slugify('曾国藩', { person: true })).toBe('zeng-guo-fan');
    expect(slugify('单位')).toBe('dan-wei');
  });

  it('uses the local readings table for names the dictionary misreads', () => {
    expect(slugify('厹犹')).toBe('qiu-you');
  });

  it('keeps digits and Latin letters as tokens', () => {
    expect(slugify('2014年世界遗产')).toBe('2014-nian-shi-jie-yi-chan');
  });
});

describe('slugFitsName', () => {
  it('accepts the pinyin itself or the pinyin with a qualifier', () => {
    expect(slugFitsName('hu-lian', '胡琏', { person: true })).toBe(true);
    expect(slugFitsName('hu-lian-1469', '胡琏', { person: true })).toBe(true);
    expect(slugFitsName('hu-lian-ming', '胡琏', { person: true })).toBe(true);
  });

  it('refuses a slug that does not start with the name’s pinyin', () => {
    expect(slugFitsName('xiangyu', '项羽', { person: true })).toBe(false);
    expect(slugFitsName('xiang-yuu', '项羽', { person: true })).toBe(false);
    expect(slugFitsName('yu-ji', '项羽', { person: true })).toBe(false);
  });
});

describe('pinyinInitials', () => {
  it('gives the first letter of each syllable', () => {
    expect(pinyinInitials('袁枚', { person: true })).toBe('ym');
    expect(pinyinInitials('京杭大运河')).toBe('jhdyh');
  });
});
