/**
 * Builds the fixture archive once and checks what the gifts capability adds: the gift as a book
 * (cover, foreword, contents, entry sections, sources, colophon), its A4 and A5 printed editions,
 * the share cards and their meta tags on every page type, the posters and their QR codes, and the
 * "Cite this" block with its BibTeX, RIS and CSL-JSON downloads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicSite, useBuiltSite } from '../helpers/fixture-sites.ts';
import { visibleText } from '../helpers/site-audit.ts';
import { decodeQr, imageSize, isJpeg } from '../helpers/images.ts';

const SITE = 'https://xiangxian.example.org';
/** Every entry page of the fixture archive, by collection folder. */
const ENTRY_PAGES = [
  'worthies/wang-mou',
  'worthies/li-mou',
  'places/mou-xian',
  'places/jia-zhen',
  'heritage/mou-xi',
  'studies/di-yi-pian',
  'studies/di-er-pian',
  'series/mou-cong-shu',
  'gifts/mou-li-ce',
];

const site = useBuiltSite(publicSite);

function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
}

function binary(path: string): Buffer {
  return readFileSync(join(site.outDir, path));
}

describe('the gift page', () => {
  const gift = () => site.page('/gifts/mou-li-ce/') ?? '';

  it('has a cover with the title, issuer and date, then the foreword', () => {
    const page = gift();
    expect(page).toMatch(/<h1 id="gift-title"[^>]*>某地礼册<\/h1>/);
    expect(visibleText(page)).toMatch(/测试编辑部 编 2026年11月28日/);
    expect(visibleText(page).indexOf('这是序言。')).toBeGreaterThan(visibleText(page).indexOf('某地礼册'));
  });

  it('lists the entries in a table of contents that links to their sections, in order', () => {
    const contents = /<nav class="sheet contents[\s\S]*?<\/nav>/.exec(gift())?.[0] ?? '';
    const titles = [...contents.matchAll(/<a href="#(entry-\d+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(titles).toEqual([
      ['entry-1', '王某'],
      ['entry-2', '某县'],
      ['entry-3', '某戏'],
      ['entry-4', '第一篇文章'],
    ]);
  });

  it('shows a worthy as a rich section: portrait, name, aliases, both date forms, native place, summary, link, QR', () => {
    const section =
      /<section class="sheet entry[^"]*" id="entry-1"[\s\S]*?<\/section>/.exec(gift())?.[0] ?? '';
    expect(section).toMatch(/<h2 id="entry-1-title"[^>]*>王某<\/h2>/);
    expect(section).toMatch(/<img[^>]+alt="王某画像（测试用的示意图）"/);
    const words = visibleText(section);
    expect(words).toContain('字：某甲');
    expect(words).toContain('乾隆八年（1743）');
    expect(words).toMatch(/1800年（清嘉庆五年）（一说1801年）/);
    expect(words).toContain('某州');
    expect(words).toContain('测试用的虚构人物');
    expect(section).toContain('href="/worthies/wang-mou/"');
    expect(section).toMatch(/<svg[^>]*viewBox="0 0 \d+ \d+"[\s\S]*?<path fill="#000" d="M/);
    expect(words).toContain('xiangxian.example.org/ worthies/ wang-mou');
  });

  it('shows the other kinds with their own facts and the gift’s note', () => {
    const page = visibleText(gift());
    expect(page).toContain('礼册里的说明');
    expect(page).toMatch(/地名 · 今政区/);
    expect(page).toMatch(/历代名称 某州（东晋义熙元年（405）起）；某县（1912年起）/);
    expect(page).toMatch(/非遗名录 省级（2009，第二批）/);
    expect(page).toMatch(/作者 [^ ]+ 发表 \d{4}年\d+月\d+日/);
  });

  it('ends with the union of the entries’ sources in GB/T 7714 and a colophon', () => {
    const page = gift();
    const sources = /<section class="sheet references[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(visibleText(sources)).toContain('[1] 王某某. 某县志[M]. 北京: 中华书局, 1985.');
    expect(visibleText(sources)).toContain(
      '某县沿革[EB/OL]. 某县政府网, (2024-05-01). https://example.org/history.',
    );
    expect(visibleText(sources).match(/某县志\[M\]/g)).toHaveLength(1);
    const colophon = visibleText(/<section class="sheet colophon[\s\S]*?<\/section>/.exec(page)?.[0]);
    expect(colophon).toMatch(/出品 测试编辑部/);
    expect(colophon).toMatch(/日期 2026年11月28日/);
    expect(colophon).toContain('CC BY-SA 4.0');
    expect(colophon).toContain(`${SITE}/gifts/mou-li-ce/`);
  });

  it('links the A4 and A5 editions and the poster', () => {
    const page = gift();
    expect(page).toContain('href="/gifts/mou-li-ce/print/"');
    expect(page).toContain('href="/gifts/mou-li-ce/print-a5/"');
    expect(page).toMatch(/<a href="\/posters\/gifts\/mou-li-ce\.jpg" download[^>]*>\s*分享海报/);
  });
});

describe('the printed editions', () => {
  it.each([
    ['print', 'A4', '/gifts/mou-li-ce/print/'],
    ['print-a5', 'A5', '/gifts/mou-li-ce/print-a5/'],
  ])('%s: @page %s with running heads and folio, no site chrome, one sheet per part', (_name, size, path) => {
    const page = site.page(path) ?? '';
    expect(page).toContain(`@page { size: ${size};`);
    expect(page).toContain('@top-left { content: "某地礼册";');
    expect(page).toContain('@bottom-center { content: counter(page);');
    expect(/<(?:header|footer)[^>]*data-site-(?:header|footer)/.test(page)).toBe(false);
    expect(page).toContain('<meta name="robots" content="noindex">');
    const sheets = page.match(/<(?:section|header|nav) class="sheet /g) ?? [];
    const referenceSheets = page.match(/<section class="sheet references/g) ?? [];
    // cover, foreword, contents, four entries, the sources (cast off into pages), colophon
    expect(sheets).toHaveLength(1 + 1 + 1 + 4 + referenceSheets.length + 1);
    expect(referenceSheets.length).toBeGreaterThanOrEqual(1);
  });
});

describe('share cards', () => {
  it.each(ENTRY_PAGES)('%s has its own 1200×630 card in og:image and twitter:image', (entry) => {
    const page = site.page(`/${entry}/`) ?? '';
    const image = `${SITE}/og/${entry}.jpg`;
    expect(meta(page, 'og:image')).toBe(image);
    expect(meta(page, 'og:image:type')).toBe('image/jpeg');
    expect(meta(page, 'og:image:width')).toBe('1200');
    expect(meta(page, 'og:image:height')).toBe('630');
    expect(meta(page, 'og:image:alt')).toMatch(/.{4,}/);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(meta(page, 'twitter:image')).toBe(image);
    const card = binary(`og/${entry}.jpg`);
    expect(isJpeg(card)).toBe(true);
    expect(imageSize(card)).toEqual({ width: 1200, height: 630 });
    // Chat apps fetch the card for every pasted link, so it must stay small.
    expect(card.length).toBeLessThan(100_000);
  });

  it.each(['/', '/worthies/', '/places/', '/gifts/', '/search/'])(
    'gives an index page, facet or the home page the site’s card: %s',
    (path) => {
      expect(meta(site.page(path) ?? '', 'og:image')).toBe(`${SITE}/og/site.jpg`);
    },
  );

  it('draws the site’s card at 1200×630', () => {
    expect(imageSize(binary('og/site.jpg'))).toEqual({ width: 1200, height: 630 });
  });
});

describe('posters', () => {
  it.each(['worthies/wang-mou', 'worthies/li-mou', 'gifts/mou-li-ce'])(
    '%s: a 1080×1920 JPEG whose QR code opens the page',
    async (entry) => {
      const poster = binary(`posters/${entry}.jpg`);
      expect(isJpeg(poster)).toBe(true);
      expect(imageSize(poster)).toEqual({ width: 1080, height: 1920 });
      expect(poster.length).toBeLessThan(250_000);
      expect(await decodeQr(poster)).toBe(`${SITE}/${entry}/`);
    },
  );

  it('exist only for worthies and gifts, and are linked from their pages', () => {
    expect(existsSync(join(site.outDir, 'posters/places/mou-xian.jpg'))).toBe(false);
    expect(site.page('/worthies/wang-mou/')).toMatch(/<a href="\/posters\/worthies\/wang-mou\.jpg" download/);
    expect(site.page('/places/mou-xian/')).not.toContain('/posters/');
  });
});

describe('cite this', () => {
  it.each(ENTRY_PAGES)('%s shows its GB/T 7714 citation and links the three downloads', (entry) => {
    const page = site.page(`/${entry}/`) ?? '';
    const block = /<section class="cite[ "][\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(visibleText(block)).toMatch(
      new RegExp(
        `乡贤文史库编辑部\\. [^\\[]+\\[EB/OL\\]\\. 乡贤文史库·宿迁, \\(\\d{4}-\\d{2}-\\d{2}\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${SITE}/${entry}/\\.`,
      ),
    );
    for (const format of ['bib', 'ris', 'json']) {
      expect(block).toContain(`href="/cite/${entry}.${format}"`);
      expect(existsSync(join(site.outDir, `cite/${entry}.${format}`)), format).toBe(true);
    }
    expect(block).toMatch(/<copy-button data-target="cite-text"[^>]*>\s*<button type="button" hidden/);
  });

  it('offers a BibTeX record that parses, with author, title, site, dates and URL', () => {
    const bib = site.file('cite/worthies/wang-mou.bib') ?? '';
    const record = /^@(\w+)\{([^,]+),\n((?:  \w+ = \{.*\},\n)+)\}\n$/.exec(bib);
    expect(record?.[1]).toBe('online');
    expect(record?.[2]).toBe('worthies-wang-mou');
    const fields: Record<string, string | undefined> = Object.fromEntries(
      [...(record?.[3] ?? '').matchAll(/ {2}(\w+) = \{(.*)\},/g)].map((m) => [m[1] ?? '', m[2]]),
    );
    expect(fields).toMatchObject({
      author: '{乡贤文史库编辑部}',
      title: '王某',
      organization: '乡贤文史库·宿迁',
      url: `${SITE}/worthies/wang-mou/`,
    });
    expect(fields['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(fields['urldate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('offers an RIS record: ELEC, tags in order, CRLF, closed by ER', () => {
    const ris = site.file('cite/places/mou-xian.ris') ?? '';
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('TI  - 某县');
    expect(lines).toContain('AU  - 乡贤文史库编辑部');
    expect(lines).toContain(`UR  - ${SITE}/places/mou-xian/`);
    expect(lines.find((l) => l.startsWith('Y2  - '))).toMatch(/^Y2 {2}- \d{4}\/\d{2}\/\d{2}\/$/);
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.every((l) => l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
  });

  it('offers CSL-JSON that parses as one webpage item', () => {
    const items = JSON.parse(site.file('cite/studies/di-yi-pian.json') ?? '[]') as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'studies-di-yi-pian',
      type: 'webpage',
      title: '第一篇文章',
      author: [{ literal: '乡贤文史库编辑部' }],
      'container-title': '乡贤文史库·宿迁',
      URL: `${SITE}/studies/di-yi-pian/`,
    });
    expect((items[0]?.['accessed'] as { 'date-parts': number[][] })['date-parts'][0]).toHaveLength(3);
  });
});
