/**
 * Builds the fixture archive and checks each gift's 繁體 edition: its own address with lang
 * zh-Hant, text with no simplified-only character outside the phrase table's names, links and
 * hreflang alternates between the editions, a sitemap entry, and a poster whose QR code leads to
 * the 繁體 page. The fixture gift also has English texts (a title, a summary, one entry's title
 * and note): its bilingual edition is checked the same way, and for the Chinese standing in
 * where the English is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicSite, useBuiltSite } from '../helpers/fixture-sites.ts';
import { visibleText } from '../helpers/site-audit.ts';
import { decodeQr } from '../helpers/images.ts';

const SITE = 'https://xiangxian.example.org';
const GIFT = 'mou-li-ce';
/** Characters that exist only in simplified writing (each has a different traditional form). */
const SIMPLIFIED_ONLY = Array.from(
  '这礼册乡贤库们来说为与书图读码页发数时间门见长东车马鱼鸟龙风云义开关学习经历运宫庙会远欢迁项编辑节选录条资证',
);
/** Names the phrase table keeps as written: none in the fixture, so nothing is excused. */
const EXCEPTIONS: string[] = [];

const site = useBuiltSite(publicSite);

describe.each([
  { edition: 'web page', path: `/gifts/${GIFT}/zh-hant/` },
  { edition: 'A4 edition', path: `/gifts/${GIFT}/zh-hant/print/` },
  { edition: 'A5 edition', path: `/gifts/${GIFT}/zh-hant/print-a5/` },
])('the 繁體 $edition', ({ path }) => {
  const page = () => site.page(path) ?? '';

  it('exists and declares lang zh-Hant on the document', () => {
    expect(page()).toMatch(/^<!DOCTYPE html><html lang="zh-Hant"/i);
  });

  it('keeps its styles inside <head>', () => {
    expect(page().indexOf('<link rel="stylesheet"')).toBeGreaterThan(page().indexOf('<head>'));
  });

  it('has no simplified-only character outside the excepted names', () => {
    let words = visibleText(page()).replace('简体版', '');
    for (const name of EXCEPTIONS) words = words.replaceAll(name, '');
    expect(SIMPLIFIED_ONLY.filter((character) => words.includes(character))).toEqual([]);
  });

  it('names its own address as canonical', () => {
    expect(page()).toContain(`<link rel="canonical" href="${SITE}${path}">`);
  });
});

describe('switching between the editions', () => {
  it.each([
    { from: `/gifts/${GIFT}/`, to: `/gifts/${GIFT}/zh-hant/`, label: '繁體版' },
    { from: `/gifts/${GIFT}/zh-hant/`, to: `/gifts/${GIFT}/`, label: '简体版' },
  ])('$from links to $to', ({ from, to, label }) => {
    const html = site.page(from) ?? '';
    expect(html).toMatch(new RegExp(`<a href="${to}"[^>]*>\\s*${label}\\s*</a>`));
  });

  it.each([`/gifts/${GIFT}/`, `/gifts/${GIFT}/zh-hant/`, `/gifts/${GIFT}/en/`])(
    '%s lists all three editions as hreflang alternates',
    (path) => {
      const html = site.page(path) ?? '';
      expect(html).toContain(`<link rel="alternate" hreflang="zh-CN" href="${SITE}/gifts/${GIFT}/">`);
      expect(html).toContain(
        `<link rel="alternate" hreflang="zh-Hant" href="${SITE}/gifts/${GIFT}/zh-hant/">`,
      );
      expect(html).toContain(`<link rel="alternate" hreflang="en" href="${SITE}/gifts/${GIFT}/en/">`);
    },
  );

  it.each([
    { from: `/gifts/${GIFT}/`, to: `/gifts/${GIFT}/en/`, label: 'English' },
    { from: `/gifts/${GIFT}/zh-hant/`, to: `/gifts/${GIFT}/en/`, label: 'English' },
    { from: `/gifts/${GIFT}/en/`, to: `/gifts/${GIFT}/`, label: '简体版' },
    { from: `/gifts/${GIFT}/en/`, to: `/gifts/${GIFT}/zh-hant/`, label: '繁體版' },
  ])('$from links to $to as $label', ({ from, to, label }) => {
    const html = site.page(from) ?? '';
    expect(html).toMatch(new RegExp(`<a href="${to}"[^>]*>\\s*${label}\\s*</a>`));
  });

  it('marks the page for search with its script', () => {
    expect(site.page(`/gifts/${GIFT}/zh-hant/`)).toMatch(
      /<article[^>]*data-script="hant"[^>]*lang="zh-Hant"/,
    );
  });

  it('lists the 繁體 page in the sitemap, but not its printed editions', () => {
    const sitemap = site.file('/sitemap-0.xml') ?? '';
    expect(sitemap).toContain(`<loc>${SITE}/gifts/${GIFT}/zh-hant/</loc>`);
    expect(sitemap).not.toContain(`${GIFT}/zh-hant/print`);
  });
});

describe('the 繁體 share images', () => {
  it('has a poster whose QR code decodes to the 繁體 edition', async () => {
    const png = readFileSync(join(site.outDir, 'posters', 'gifts', GIFT, 'zh-hant.jpg'));
    expect(await decodeQr(png)).toBe(`${SITE}/gifts/${GIFT}/zh-hant/`);
  });

  it('shows its own card when the 繁體 page is shared', () => {
    expect(site.page(`/gifts/${GIFT}/zh-hant/`)).toContain(
      `<meta property="og:image" content="${SITE}/og/gifts/${GIFT}/zh-hant.jpg">`,
    );
  });
});

describe.each([
  { edition: 'web page', path: `/gifts/${GIFT}/en/` },
  { edition: 'A4 edition', path: `/gifts/${GIFT}/en/print/` },
  { edition: 'A5 edition', path: `/gifts/${GIFT}/en/print-a5/` },
])('the bilingual $edition', ({ path }) => {
  const page = () => site.page(path) ?? '';

  it('exists and names its own address as canonical', () => {
    expect(page()).toContain(`<link rel="canonical" href="${SITE}${path}">`);
  });

  it('shows the English title beside the Chinese, marked lang="en"', () => {
    expect(page()).toMatch(/<h1[^>]*>\s*某地礼册\s*<\/h1>/);
    expect(page()).toMatch(/<div class="english[^"]*"[^>]*lang="en"[^>]*>\s*<p[^>]*>A Gift from Moudi<\/p>/);
  });

  it('gives an entry with English its English title and note in lang="en"', () => {
    expect(page()).toMatch(/<h2 id="entry-2-title"[^>]*>\s*<span lang="en"[^>]*>Mou County<\/span>\s*某县/);
    expect(page()).toMatch(/<p class="note[^"]*"[^>]*lang="en"[^>]*>A note in the gift\.<\/p>/);
  });

  it('names a person without an English title in Hanyu Pinyin beside the Chinese', () => {
    expect(page()).toMatch(/<h2 id="entry-1-title"[^>]*>\s*<span lang="en"[^>]*>Wang Mou<\/span>\s*王某/);
  });

  it('falls back to the Chinese alone where an entry has no English', () => {
    const heading = /<h2 id="entry-3-title"[^>]*>([\s\S]*?)<\/h2>/.exec(page())?.[1] ?? '';
    expect(heading.trim()).toBe('某戏');
  });
});

describe('the bilingual web page', () => {
  const page = () => site.page(`/gifts/${GIFT}/en/`) ?? '';

  it('marks its Chinese as zh-Hans and its English summary as en', () => {
    expect(page()).toMatch(/<article[^>]*data-script="en"[^>]*lang="zh-Hans"/);
    expect(page()).toMatch(/<p class="summary[^"]*"[^>]*lang="en"[^>]*>\s*A made-up gift for testing/);
  });

  it('keeps the Chinese foreword when there is no English one', () => {
    expect(page()).toContain('这是序言。');
    expect(page()).not.toContain('english-foreword');
  });

  it('is in the sitemap, its printed editions are not', () => {
    const sitemap = site.file('/sitemap-0.xml') ?? '';
    expect(sitemap).toContain(`<loc>${SITE}/gifts/${GIFT}/en/</loc>`);
    expect(sitemap).not.toContain(`${GIFT}/en/print`);
  });

  it('has a poster whose QR code decodes to the bilingual edition', async () => {
    const poster = readFileSync(join(site.outDir, 'posters', 'gifts', GIFT, 'en.jpg'));
    expect(await decodeQr(poster)).toBe(`${SITE}/gifts/${GIFT}/en/`);
  });

  it('shows its own card when shared', () => {
    expect(page()).toContain(`<meta property="og:image" content="${SITE}/og/gifts/${GIFT}/en.jpg">`);
  });
});
