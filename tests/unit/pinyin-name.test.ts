import { describe, expect, it } from 'vitest';
import { pinyinName } from '../../src/lib/pinyin.ts';

describe('pinyinName', () => {
  it.each([
    ['项羽', 'Xiang Yu'],
    ['张相文', 'Zhang Xiangwen'],
    ['单雄信', 'Shan Xiongxin'],
    ['曾国藩', 'Zeng Guofan'],
    ['欧阳修', 'Ouyang Xiu'],
    ['吕蒙', 'Lü Meng'],
    ['靳辅', 'Jin Fu'],
    ['朱瑞', 'Zhu Rui'],
  ])('%s → %s', (name, expected) => {
    expect(pinyinName(name)).toBe(expected);
  });
});
