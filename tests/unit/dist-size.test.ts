import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_LIMIT_BYTES, listFiles, sizeByKind, sizeReport } from '../../scripts/deploy/dist-size.ts';
import { scratchDir } from '../helpers/scratch.ts';

describe('sizeByKind', () => {
  it.each([
    ['pagefind/fragment/zh_1.pf_fragment', '搜索索引（pagefind/）'],
    ['pagefind/pagefind.js.br', '搜索索引（pagefind/）'],
    ['index.html.br', '预压缩副本（.br/.gz）'],
    ['worthies/xiang-yu/index.html.gz', '预压缩副本（.br/.gz）'],
    ['worthies/xiang-yu/index.html', '网页（.html）'],
    ['posters/worthies/xiang-yu.png', '图片'],
    ['og/worthies/xiang-yu.jpg', '图片'],
    ['_astro/portrait.a1b2.webp', '图片'],
    ['_astro/page.a1b2.js', '其他'],
  ])('%s counts as %s', (path, kind) => {
    expect(sizeByKind([{ path, bytes: 7 }]).get(kind)).toBe(7);
  });
});

describe('sizeReport', () => {
  const kinds = (html: number, images: number) =>
    sizeByKind([
      { path: 'a/index.html', bytes: html },
      { path: 'a.png', bytes: images },
    ]);

  it.each([
    { what: 'below the limit', html: 300, images: 600, ok: true },
    { what: 'exactly at the limit', html: 400, images: 600, ok: true },
    { what: 'above the limit', html: 500, images: 600, ok: false },
  ])('$what: ok is $ok', ({ html, images, ok }) => {
    expect(sizeReport(kinds(html, images), 1000).ok).toBe(ok);
  });

  it('explains in Chinese what to do when the site is too big, largest kind first', () => {
    const report = sizeReport(kinds(500 * 1024 ** 2, 600 * 1024 ** 2), PAGES_LIMIT_BYTES);
    expect(report.text).toMatchInlineSnapshot(`
      "网站超过了 GitHub Pages 能发布的大小，发布已停止。
      dist/ 共 1100.0 MB，GitHub Pages 最多发布 1024.0 MB：
        图片：600.0 MB（55%）
        网页（.html）：500.0 MB（45%）
      改法：构建时设置 ARCHIVE_PRECOMPRESS=0（Pages 自己压缩，不需要 .br/.gz 副本）；或设置 ARCHIVE_ENTRY_IMAGES=0（不为每个条目画分享图）；条目再多时请改用自己的服务器或对象存储（见 README 的「部署」一节）。"
    `);
  });
});

describe('listFiles', () => {
  it('lists files in sub-folders with relative paths and sizes, not folders', () => {
    const folder = scratchDir('size');
    try {
      mkdirSync(join(folder, 'worthies', 'a'), { recursive: true });
      writeFileSync(join(folder, 'index.html'), 'abc');
      writeFileSync(join(folder, 'worthies', 'a', 'index.html'), 'abcde');
      expect(listFiles(folder).sort((x, y) => x.path.localeCompare(y.path))).toEqual([
        { path: 'index.html', bytes: 3 },
        { path: 'worthies/a/index.html', bytes: 5 },
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
