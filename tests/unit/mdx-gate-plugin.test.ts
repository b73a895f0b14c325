/**
 * The gate also runs as a Vite plugin before @astrojs/mdx, for files that change after the
 * build's first check (in the dev server): unsafe content never reaches the compiler.
 */
import { describe, expect, it } from 'vitest';
import { mdxGatePlugin } from '../../src/integrations/mdx-gate-plugin.ts';

const plugin = mdxGatePlugin('/site/content', '/site');
const transform = (code: string, id: string) =>
  (plugin.transform as (this: unknown, code: string, id: string) => unknown).call({}, code, id);

describe('mdxGatePlugin', () => {
  it('runs before the MDX compiler', () => {
    expect(plugin.enforce).toBe('pre');
  });

  it('throws on unsafe MDX under the content folder, naming the file and line', () => {
    const code = '---\nname: 某\n---\n\n{process.exit(1)}\n';
    expect(() => transform(code, '/site/content/worthies/mou.mdx')).toThrow(
      /content\/worthies\/mou\.mdx 第 5 行：不能使用花括号表达式/,
    );
  });

  it('passes safe MDX, files outside the content folder, and Astro’s generated wrappers', () => {
    expect(
      transform('---\nname: 某\n---\n\n正文[[某县]]。\n', '/site/content/worthies/mou.mdx'),
    ).toBeUndefined();
    expect(transform('export const a = 1\n', '/site/src/pages/page.mdx')).toBeUndefined();
    expect(
      transform('export const a = 1\n', '/site/content/worthies/mou.mdx?astroPropagatedAssets'),
    ).toBeUndefined();
  });
});
