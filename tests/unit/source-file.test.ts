import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/lib/checks/source-file.ts';

describe('parseSourceFile', () => {
  const mdx = [
    '---',
    'name: 项羽',
    'aliases:',
    '  - { type: 字, name: 羽 }',
    'born: 前232',
    '---',
    '',
    '正文第一行',
  ].join('\n');

  it('splits frontmatter and body, and knows where the body starts', () => {
    const parsed = parseSourceFile(mdx, 'mdx');
    expect(parsed.data).toEqual({ name: '项羽', aliases: [{ type: '字', name: '羽' }], born: '前232' });
    expect(parsed.body).toBe('\n正文第一行');
    expect(parsed.bodyLine).toBe(7);
  });

  it('maps field paths to file lines, falling back to the nearest parent for missing fields', () => {
    const parsed = parseSourceFile(mdx, 'mdx');
    expect(parsed.lineOf(['name'])).toBe(2);
    expect(parsed.lineOf(['aliases', 0, 'name'])).toBe(4);
    expect(parsed.lineOf(['born'])).toBe(5);
    expect(parsed.lineOf(['aliases', 3])).toBe(3);
  });

  it('explains a missing frontmatter block', () => {
    const parsed = parseSourceFile('# 没有元数据\n', 'mdx');
    expect(parsed.data).toBeUndefined();
    expect(parsed.syntaxErrors[0]?.message).toMatch(/缺少元数据/);
  });

  it('reports YAML errors in Chinese with the file line', () => {
    const parsed = parseSourceFile('name: 下相\nname: 重复\n', 'yaml');
    expect(parsed.data).toBeUndefined();
    expect(parsed.syntaxErrors[0]?.line).toBe(2);
    expect(parsed.syntaxErrors[0]?.message).toMatch(/同一个字段写了两次/);
  });

  it('tolerates a byte-order mark and Windows line ends', () => {
    const parsed = parseSourceFile('\uFEFF---\r\nname: 项羽\r\n---\r\n正文', 'mdx');
    expect(parsed.data).toEqual({ name: '项羽' });
    expect(parsed.body).toBe('正文');
  });
});
