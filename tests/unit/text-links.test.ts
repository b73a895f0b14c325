import { describe, expect, it } from 'vitest';
import {
  createNameIndex,
  findCitations,
  findWikiLinks,
  splitTextLinks,
  wikiLinkText,
  type NamedEntry,
} from '../../src/lib/text-links.ts';

const entry = (
  collection: NamedEntry['collection'],
  id: string,
  name: string,
  otherNames: string[] = [],
  qualifiers: string[] = [],
): NamedEntry => ({
  collection,
  id,
  name,
  otherNames,
  qualifiers,
  description: `${name}（${id}）`,
});

describe('finding links in text', () => {
  it('finds citations and wiki links with their lines', () => {
    const text = '第一行[@S51]\n见[[项羽|西楚霸王]]与[[下相]]。[@S53]';
    expect(findCitations(text)).toEqual([
      { target: 'S51', line: 1 },
      { target: 'S53', line: 2 },
    ]);
    expect(findWikiLinks(text)).toEqual([
      { target: '项羽', label: '西楚霸王', line: 2 },
      { target: '下相', label: undefined, line: 2 },
    ]);
  });

  it('ignores wiki links in code', () => {
    expect(findWikiLinks('写法示例：`[[项羽]]`\n\n```\n[[下相]]\n```\n')).toEqual([]);
  });

  it('splits text into text, citations and links in order', () => {
    expect(splitTextLinks('甲[@S1]乙[[丙|丁]]')).toEqual([
      { type: 'text', value: '甲' },
      { type: 'citation', id: 'S1' },
      { type: 'text', value: '乙' },
      { type: 'wiki', target: '丙', label: '丁' },
    ]);
  });
});

describe('createNameIndex', () => {
  const index = createNameIndex([
    entry('worthies', 'xiang-yu', '项羽', ['项籍', '西楚霸王'], ['秦汉', '下相']),
    entry('worthies', 'zhang-san-qing', '张三', [], ['清', '沭阳']),
    entry('worthies', 'zhang-san-1905', '张三', [], ['民国', '泗阳']),
    entry('places', 'xia-xiang', '下相', ['下相县']),
  ]);

  it.each([
    ['项羽', 'xiang-yu'],
    ['项籍', 'xiang-yu'],
    ['西楚霸王', 'xiang-yu'],
    ['xiang-yu', 'xiang-yu'],
    ['下相县', 'xia-xiang'],
  ])('resolves a name, alias, historical name or slug: %s → %s', (target, id) => {
    const found = index.resolve(target);
    expect(found.ok && found.entry.id).toBe(id);
  });

  it('reports an ambiguous name with every candidate, and resolves it with a qualifier', () => {
    const ambiguous = index.resolve('张三');
    expect(ambiguous.ok).toBe(false);
    expect(
      !ambiguous.ok && ambiguous.reason === 'ambiguous' && ambiguous.candidates.map((c) => c.id),
    ).toEqual(['zhang-san-qing', 'zhang-san-1905']);
    const qualified = index.resolve('张三（清）');
    expect(qualified.ok && qualified.entry.id).toBe('zhang-san-qing');
  });

  it('suggests near names for an unknown target', () => {
    const unknown = index.resolve('项王');
    expect(!unknown.ok && unknown.reason === 'unknown' && unknown.suggestions.map((s) => s.id)).toContain(
      'xiang-yu',
    );
  });
});

describe('wikiLinkText', () => {
  it('reads as the label when there is one', () => {
    expect(wikiLinkText('项羽', '西楚霸王', '项羽')).toBe('西楚霸王');
  });
  it('keeps a name or alias as written, so prose still reads right', () => {
    expect(wikiLinkText('子才', undefined, '袁枚')).toBe('子才');
    expect(wikiLinkText('项羽', undefined, '项羽')).toBe('项羽');
  });
  it('replaces a qualified name or a file name with the entry’s name', () => {
    expect(wikiLinkText('项羽（下相）', undefined, '项羽')).toBe('项羽');
    expect(wikiLinkText('张三(清)', undefined, '张三')).toBe('张三');
    expect(wikiLinkText('yuan-mei', undefined, '袁枚')).toBe('袁枚');
  });
  it('leaves an unknown target as written', () => {
    expect(wikiLinkText('zhang-san', undefined, undefined)).toBe('zhang-san');
  });
});
