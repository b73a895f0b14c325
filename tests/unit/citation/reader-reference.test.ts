import { describe, expect, it } from 'vitest';
import { isWebAddress, readerReference } from '../../../src/lib/citation/reader-reference.ts';
import { itReturns } from '../../helpers/table-tests.ts';

describe('readerReference', () => {
  it.each([
    [
      'an author first, then the site and date',
      { title: '看地名 解历史', authors: ['王天琦'], container: '江苏省地方志网', date: '2025-12-23' },
      { issuer: '王天琦', text: '《看地名 解历史》，江苏省地方志网，2025-12-23。' },
    ],
    [
      'an institution first when there is no author',
      { title: '政区沿革', publisher: '宿迁市人民政府' },
      { issuer: '宿迁市人民政府', text: '《政区沿革》。' },
    ],
    [
      'a site known only by its address is not named',
      { title: '宿迁市地名由来及历史沿革', container: 'darongcapital.com', category: '网络资料' },
      { issuer: undefined, text: '《宿迁市地名由来及历史沿革》。', webOnly: true },
    ],
    [
      'a site name without the address after it',
      { title: '洪泽湖', container: '求真百科（factpedia.org）', category: '网络资料' },
      { issuer: '求真百科', text: '《洪泽湖》。', webOnly: true },
    ],
    [
      'a book with its publisher, year and pages',
      { title: '某县志', authors: ['王某某'], publisher: '中华书局', date: '1985', pages: '12-15' },
      { issuer: '王某某', text: '《某县志》，中华书局，1985，第12-15页。' },
    ],
    [
      'an old book with its juan',
      { title: '行水金鉴', juan: '卷一百四十九', container: '维基文库', category: '古籍' },
      { issuer: '维基文库', text: '《行水金鉴》卷一百四十九。', webOnly: false },
    ],
  ])('%s', (_case, source, expected) => {
    expect(readerReference(source)).toMatchObject(expected);
  });
});

describe('isWebAddress', () => {
  itReturns('%s', isWebAddress, [
    ['fx361.cc', true],
    ['2ndflr.com（旅游网）', true],
    ['lhw828.github.io', true],
    ['江苏省地方志网', false],
    ['行政区划网（gissky）', false],
    ['English Wikipedia', false],
  ]);
});
