/**
 * The site's address: a public build refuses to run without a real one, and a preview build
 * served under a sub-path (/xiangxian/) points every link, feed, search file, image and QR code
 * there, marks each page as a preview and writes precompressed copies for a server. Like
 * `npm run preview:drafts`, the preview includes drafts, each under a banner.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../helpers/fixture-archive.ts';
import { fixtureBuildFailure } from '../helpers/fixture-build.ts';
import { previewSite, useBuiltSite } from '../helpers/fixture-sites.ts';
import { decodeQr } from '../helpers/images.ts';

describe('a public build without a usable address', () => {
  it.each([
    {
      what: 'no SITE_URL',
      env: { SITE_URL: '' },
      says: '没有设置网站地址，不能构建公开版。请设置环境变量 SITE_URL',
    },
    {
      what: 'a SITE_URL with a path',
      env: { SITE_URL: 'https://example.cn/xiangxian/' },
      says: '子路径（如 /xiangxian/）请写在 BASE_PATH 里：SITE_URL=https://example.cn BASE_PATH=/xiangxian/',
    },
  ])('stops with $what, saying where to set it', async ({ env, says }) => {
    const { output } = await fixtureBuildFailure(FIXTURE_CONTENT, { ...env, ARCHIVE_ENTRY_IMAGES: '0' });
    expect(output).toContain('构建已停止');
    expect(output).toContain(says);
    expect(output).not.toContain('Stack trace');
  });
});

describe('a preview build under /xiangxian/', () => {
  const ORIGIN = 'http://localhost:4321';
  const site = useBuiltSite(previewSite);

  const PAGES = ['/', '/worthies/wang-mou/', '/gifts/mou-li-ce/', '/search/', '/404.html'];

  it.each(PAGES)('%s says it is a preview, outside the search index', (path) => {
    const html = path.endsWith('.html') ? site.file(path) : site.page(path);
    expect(html).toMatch(/<p class="preview-banner[^"]*" role="note" data-pagefind-ignore="all">/);
    expect(html).toContain(`本机预览版：网址、引用和二维码都指向 ${ORIGIN}`);
  });

  it.each(PAGES)('every site-relative link and source on %s starts with /xiangxian/', (path) => {
    const html = (path.endsWith('.html') ? site.file(path) : site.page(path)) ?? '';
    const addresses = [...html.matchAll(/\s(?:href|src|srcset|action|content)="(\/[^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(addresses.length).toBeGreaterThan(3);
    expect(addresses.filter((address) => !address?.startsWith('/xiangxian/'))).toEqual([]);
  });

  it('gives canonical links the preview origin and the sub-path', () => {
    expect(site.page('/worthies/wang-mou/')).toContain(
      `<link rel="canonical" href="${ORIGIN}/xiangxian/worthies/wang-mou/"`,
    );
  });

  it('gives the feed and the sitemap the preview origin and the sub-path', () => {
    expect(site.file('rss.xml')).toContain(`<link>${ORIGIN}/xiangxian/worthies/`);
    expect(site.file('sitemap-0.xml')).toContain(`<loc>${ORIGIN}/xiangxian/worthies/wang-mou/</loc>`);
    expect(site.file('sitemap-0.xml')).not.toMatch(/<loc>(?!http:\/\/localhost:4321\/xiangxian\/)/);
  });

  it('loads search from the sub-path', () => {
    const scripts = [...(site.page('/search/') ?? '').matchAll(/<script[^>]*src="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    const bundles = scripts.map((src) => site.file(src.replace(/^\/xiangxian\//, '')) ?? '').join('\n');
    expect(bundles + (site.page('/search/') ?? '')).toContain('/xiangxian/');
    expect(existsSync(join(site.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('puts the sub-path into the QR code of a poster', async () => {
    const png = readFileSync(join(site.outDir, 'posters', 'worthies', 'wang-mou.jpg'));
    expect(await decodeQr(png)).toBe(`${ORIGIN}/xiangxian/worthies/wang-mou/`);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gz', gunzipSync],
  ])('writes a .%s copy of each page that unpacks to the page', (suffix, unpack) => {
    const page = readFileSync(join(site.outDir, 'index.html'));
    expect(unpack(readFileSync(join(site.outDir, `index.html.${suffix}`))).equals(page)).toBe(true);
  });

  it('includes drafts under a banner, and marks published entries with none', () => {
    const draft = site.page('/worthies/zhao-mou/') ?? '';
    expect(draft).toContain('未发布草稿标记');
    expect(draft).toMatch(/class="draft-banner[^"]*"[^>]*>\s*草稿预览：本条目状态为「草稿」/);
    expect(site.page('/worthies/wang-mou/')).not.toMatch(/class="draft-banner/);
  });
});
