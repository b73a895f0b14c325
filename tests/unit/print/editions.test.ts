import { describe, expect, it } from 'vitest';
import { castOff, cssString, pageCss, PRINT_EDITIONS } from '../../../src/lib/print/editions.ts';

describe('print editions', () => {
  it('write @page rules with size, margins, running heads and folio, and a cover without them', () => {
    const css = pageCss(PRINT_EDITIONS.a5, { left: '运河与乡贤', right: '乡贤文史库·宿迁' });
    expect(css).toContain('@page { size: A5; margin: 17mm 15mm 18mm;');
    expect(css).toContain('@top-left { content: "运河与乡贤";');
    expect(css).toContain('@top-right { content: "乡贤文史库·宿迁";');
    expect(css).toContain('@bottom-center { content: counter(page);');
    expect(css).toContain('@page cover { @top-left { content: none; }');
    expect(css).toContain('--print-qr: 24mm;');
  });

  it('escape running heads so that no title can break out of the string or the style element', () => {
    expect(cssString('a"b\\c</style>')).toBe('"a\\"b\\\\c\\3c /style>"');
  });

  it('cast off a list: everything placed once, in order, more pages on smaller paper', () => {
    const references = Array.from(
      { length: 60 },
      (_, i) =>
        `作者${i}. 关于某县某镇某河道的第${i}种考证[EB/OL]. 某市地方志网, (2024-05-01)[2026-11-28]. https://example.org/history/${i}.`,
    );
    for (const edition of Object.values(PRINT_EDITIONS)) {
      const pages = castOff(references, edition);
      expect(pages.flat()).toEqual(references.map((_, i) => i));
      expect(pages.every((page) => page.length > 0)).toBe(true);
    }
    expect(castOff(references, PRINT_EDITIONS.a5).length).toBeGreaterThan(
      castOff(references, PRINT_EDITIONS.a4).length,
    );
    expect(castOff(['一条'], PRINT_EDITIONS.a4)).toEqual([[0]]);
    expect(castOff([], PRINT_EDITIONS.a4)).toEqual([[]]);
  });
});
