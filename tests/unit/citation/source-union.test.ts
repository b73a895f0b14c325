import { describe, expect, it } from 'vitest';
import { unionSources, type ListedSource } from '../../../src/lib/citation/source-list.ts';
import { MONOGRAPH } from '../../helpers/sample-sources.ts';

const bibliography = new Map<string, ListedSource>([
  ['S1', MONOGRAPH],
  [
    'S2',
    {
      kind: '网页',
      title: '某县沿革',
      container: '某县政府网',
      date: '2024-05-01',
      url: 'https://example.org/h',
    },
  ],
]);
const ref = (id: string, pages?: string) => ({ id: { collection: 'bibliography', id }, pages });

describe('unionSources', () => {
  it('lists each work once, in order of first appearance, without one entry’s pages', () => {
    const union = unionSources(
      [
        [ref('S2'), ref('S1', '第3页')],
        [ref('S1'), { kind: '期刊', title: '某考', authors: ['丁某'], container: '某刊', date: '2019' }],
        [{ kind: '期刊', title: '某考', authors: ['丁某'], container: '某刊', date: '2019' }],
      ],
      bibliography,
    );
    expect(union.map((s) => [s.number, s.id, s.citation])).toEqual([
      [1, 'S2', '某县沿革[EB/OL]. 某县政府网, (2024-05-01). https://example.org/h.'],
      [2, 'S1', '王某某, 李某. 乾隆某县志[M]. 北京: 中华书局, 1985.'],
      [3, undefined, '丁某. 某考[J]. 某刊, 2019.'],
    ]);
  });

  it('fails loudly on a work missing from the bibliography', () => {
    expect(() => unionSources([[ref('S9')]], bibliography)).toThrow('来源 S9 不在文献库中');
  });
});
