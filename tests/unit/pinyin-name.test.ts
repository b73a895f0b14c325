import { describe } from 'vitest';
import { pinyinName } from '../../src/lib/pinyin.ts';
import { itReturns } from '../helpers/table-tests.ts';

describe('pinyinName', () => {
  itReturns('%s → %s', pinyinName, [
    ['项羽', 'Xiang Yu'],
    ['张相文', 'Zhang Xiangwen'],
    ['单雄信', 'Shan Xiongxin'],
    ['曾国藩', 'Zeng Guofan'],
    ['欧阳修', 'Ouyang Xiu'],
    ['吕蒙', 'Lü Meng'],
    ['靳辅', 'Jin Fu'],
    ['朱瑞', 'Zhu Rui'],
  ]);
});
