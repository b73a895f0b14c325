import { describe, expect, it } from 'vitest';
import { buildRelationIndex, findDuplicateRelations, inverseRole } from '../../src/lib/relations.ts';

describe('inverseRole', () => {
  it('derives the reverse label from the role and the writer’s sex', () => {
    expect(inverseRole('叔父', '男')).toBe('侄');
    expect(inverseRole('叔父', '女')).toBe('侄女');
    expect(inverseRole('父', '女')).toBe('女');
    expect(inverseRole('师', '男')).toBe('门生');
    expect(inverseRole('同僚', '男')).toBe('同僚');
    expect(inverseRole('妻', '男')).toBe('夫');
  });
});

describe('buildRelationIndex', () => {
  const people = [
    {
      id: 'xiang-yu',
      sex: '男' as const,
      relations: [
        { role: '叔父' as const, to: 'xiang-liang' },
        { role: '祖父' as const, name: '项燕' },
      ],
    },
    { id: 'xiang-liang', sex: '男' as const, relations: [] },
  ];

  it('shows a relation on the page that wrote it and, reversed, on the other page', () => {
    const index = buildRelationIndex(people);
    expect(index.get('xiang-yu')).toEqual([
      { label: '叔父', group: '亲属', id: 'xiang-liang', name: undefined, note: undefined, derived: false },
      { label: '祖父', group: '亲属', id: undefined, name: '项燕', note: undefined, derived: false },
    ]);
    expect(index.get('xiang-liang')).toEqual([
      { label: '侄', group: '亲属', id: 'xiang-yu', note: undefined, derived: true },
    ]);
  });

  it('lists kin before teachers and associates', () => {
    const index = buildRelationIndex([
      {
        id: 'a',
        sex: '男',
        relations: [
          { role: '友人', to: 'b' },
          { role: '父', to: 'c' },
          { role: '师', to: 'd' },
        ],
      },
    ]);
    expect(index.get('a')?.map((r) => r.label)).toEqual(['父', '师', '友人']);
  });
});

describe('findDuplicateRelations', () => {
  it('finds a relation written on both sides', () => {
    expect(
      findDuplicateRelations([
        { id: 'xiang-yu', sex: '男', relations: [{ role: '叔父', to: 'xiang-liang' }] },
        { id: 'xiang-liang', sex: '男', relations: [{ role: '侄', to: 'xiang-yu' }] },
      ]),
    ).toEqual([{ first: 'xiang-yu', second: 'xiang-liang' }]);
  });

  it('accepts relations written once and relations to people outside the archive', () => {
    expect(
      findDuplicateRelations([
        {
          id: 'a',
          sex: '男',
          relations: [
            { role: '叔父', to: 'b' },
            { role: '友人', name: '某' },
          ],
        },
        { id: 'b', sex: '男', relations: [{ role: '友人', to: 'c' }] },
      ]),
    ).toEqual([]);
  });
});
