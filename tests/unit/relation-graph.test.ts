import { describe, expect, it } from 'vitest';
import { neighbourhood, relationPairs } from '../../src/lib/relation-graph.ts';
import { buildRelationIndex, type PersonForRelations } from '../../src/lib/relations.ts';

const people: PersonForRelations[] = [
  {
    id: 'xiang-yu',
    sex: '男',
    relations: [
      { role: '叔父', to: 'xiang-liang' },
      { role: '祖父', name: '项燕', note: '楚将' },
      { role: '相关', to: 'yu-ji' },
    ],
  },
  { id: 'xiang-liang', sex: '男', relations: [{ role: '兄弟', to: 'xiang-bo' }] },
  { id: 'xiang-bo', sex: '男', relations: [] },
  { id: 'yu-ji', sex: '女', relations: [] },
  {
    id: 'hu-lian',
    sex: '男',
    relations: [
      { role: '外甥', name: '吴承恩' },
      { role: '门生', name: '吴承恩' },
    ],
  },
];
const names: Record<string, string> = {
  'xiang-yu': '项羽',
  'xiang-liang': '项梁',
  'xiang-bo': '项伯',
  'yu-ji': '虞姬',
};
const nameOf = (id: string) => names[id];
const index = buildRelationIndex(people);

describe('neighbourhood', () => {
  it('puts the person in the middle and one node per other person around them', () => {
    const graph = neighbourhood('项羽', index.get('xiang-yu') ?? [], nameOf);
    expect(graph.centre.point).toEqual([graph.width / 2, graph.height / 2]);
    expect(graph.nodes.map((n) => [n.name, n.labels, n.inArchive, n.id])).toEqual([
      ['项梁', ['叔父'], true, 'xiang-liang'],
      ['项燕', ['祖父'], false, undefined],
      ['虞姬', ['相关'], true, 'yu-ji'],
    ]);
  });

  it('shows a relation derived from the other side with its reverse role', () => {
    const graph = neighbourhood('项梁', index.get('xiang-liang') ?? [], nameOf);
    expect(graph.nodes.find((n) => n.id === 'xiang-yu')?.labels).toEqual(['侄']);
    expect(graph.nodes.find((n) => n.id === 'xiang-bo')?.labels).toEqual(['兄弟']);
  });

  it('merges several relations to one person into one node', () => {
    const graph = neighbourhood('胡琏', index.get('hu-lian') ?? [], nameOf);
    expect(graph.nodes).toHaveLength(1);
    expect(graph.nodes[0]?.labels).toEqual(['外甥', '门生']);
    expect(graph.nodes[0]?.inArchive).toBe(false);
  });

  it('keeps every node inside the drawing and apart from the others', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({
      label: '友人',
      group: '交游' as const,
      name: `某人${i}`,
      derived: false,
    }));
    const graph = neighbourhood('某甲', many, () => undefined);
    for (const node of graph.nodes) {
      expect(node.point[0] - node.width / 2).toBeGreaterThanOrEqual(0);
      expect(node.point[0] + node.width / 2).toBeLessThanOrEqual(graph.width);
      expect(node.point[1] - node.height / 2).toBeGreaterThanOrEqual(0);
      expect(node.point[1] + node.height / 2).toBeLessThanOrEqual(graph.height);
    }
    const keys = new Set(graph.nodes.map((n) => n.point.map(Math.round).join(',')));
    expect(keys.size).toBe(9);
  });

  it('is empty for a person without relations', () => {
    expect(neighbourhood('项伯', [], nameOf).nodes).toEqual([]);
  });
});

describe('relationPairs', () => {
  it('lists each written relation once with its reverse, kin first', () => {
    const pairs = relationPairs(people);
    expect(pairs.map((p) => [p.group, p.from, p.role, p.to ?? p.name, p.inverse])).toEqual([
      ['亲属', 'xiang-yu', '叔父', 'xiang-liang', '侄'],
      ['亲属', 'xiang-yu', '祖父', '项燕', undefined],
      ['亲属', 'xiang-liang', '兄弟', 'xiang-bo', '兄弟'],
      ['亲属', 'hu-lian', '外甥', '吴承恩', undefined],
      ['师承', 'hu-lian', '门生', '吴承恩', undefined],
      ['交游', 'xiang-yu', '相关', 'yu-ji', '相关'],
    ]);
    expect(pairs[1]?.note).toBe('楚将');
  });
});
