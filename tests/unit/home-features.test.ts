import { describe, expect, it } from 'vitest';
import { readHomeFeatures, spread } from '../../src/lib/home-features.ts';

const known = {
  worthies: new Set(['xiang-yu', 'yuan-mei']),
  places: new Set(['luo-ma-hu']),
  gifts: new Set(['yun-he']),
};

describe('home.yaml', () => {
  it('reads the editors’ choice in order', () => {
    const result = readHomeFeatures(
      'worthies: [yuan-mei, xiang-yu]\nplaces:\n  - luo-ma-hu\ngift: yun-he\n',
      known,
    );
    expect(result.problems).toEqual([]);
    expect(result.features).toEqual({
      worthies: ['yuan-mei', 'xiang-yu'],
      places: ['luo-ma-hu'],
      gift: 'yun-he',
    });
  });

  it('accepts an empty file (the defaults apply)', () => {
    expect(readHomeFeatures('', known).features).toEqual({ worthies: [], places: [] });
  });

  it.each([
    ['an unknown worthy', 'worthies:\n  - xiang-yu\n  - xiang-yv\n', 3, '「xiang-yv」不是已发布的人物条目'],
    ['an unknown place', 'places: [hong-ze-hu]\n', 1, '「hong-ze-hu」不是已发布的地名条目'],
    ['an unknown gift', 'worthies: []\ngift: nope\n', 2, '「nope」不是已发布的礼册条目'],
    ['an unknown field', 'worthies: []\nheritage: [a]\n', 1, '不认识的字段 heritage'],
    ['a list written as text', 'worthies: xiang-yu\n', 1, '字段「worthies」应是条目文件名的列表'],
    ['broken YAML', 'worthies: [xiang-yu\n', 2, ''],
  ])('reports %s in Chinese with its line', (_, text, line, message) => {
    const result = readHomeFeatures(text, known);
    expect(result.features).toBeUndefined();
    expect(result.problems[0]?.line).toBe(line);
    expect(result.problems[0]?.message).toContain(message);
    expect(result.problems[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('spread', () => {
  it.each([
    [[1, 2, 3], 6, [1, 2, 3]],
    [[1, 2, 3, 4, 5, 6, 7], 3, [1, 4, 7]],
    [[1, 2, 3, 4, 5], 1, [1]],
  ])('takes evenly from %j', (items, count, expected) => {
    expect(spread(items, count)).toEqual(expected);
  });
});
