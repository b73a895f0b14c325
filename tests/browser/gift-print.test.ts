/**
 * The starter gift's printed editions, printed to PDF by Chromium (`page.pdf()`, the page's own
 * `@page` size). The page count must follow from the book's structure — cover, foreword,
 * contents, one page per entry, the sources as cast off, colophon — so that no part overflowed
 * onto an extra page; every entry's name must be on its own page, and no page may be blank.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite } from '../helpers/built-site.ts';
import { readPdf, type PdfPage } from '../helpers/pdf.ts';

const GIFT = 'yun-he-yu-xiang-xian';
/** The gift's entries as the content file lists them (worthy/place/heritage/study references). */
const ENTRY_LINES = readFileSync(
  join(import.meta.dirname, '..', '..', 'content', 'gifts', `${GIFT}.mdx`),
  'utf8',
)
  .split('\n')
  .filter((line) => /^\s+- \{ (?:worthy|place|heritage|study): /.test(line));
/** Points per millimetre. */
const PT = 72 / 25.4;

const site = openBuiltSite();

const flat = (text: string) => text.replace(/\s+/g, '');

describe.each([
  { edition: 'A4', path: 'print/', width: 210, height: 297 },
  { edition: 'A5', path: 'print-a5/', width: 148, height: 210 },
])('the $edition edition', ({ path, width, height }) => {
  let pages: PdfPage[];
  let titles: string[];
  let referenceSheets: number;

  beforeAll(async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/gifts/${GIFT}/${path}`);
    titles = await page.locator('.book > .entry h2').allTextContents();
    referenceSheets = await page.locator('.book > .references').count();
    pages = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.close();
  });

  it('prints on its paper size', () => {
    for (const page of pages) {
      expect(page.width / PT).toBeCloseTo(width, 0);
      expect(page.height / PT).toBeCloseTo(height, 0);
    }
  });

  it('has exactly the pages its structure calls for', () => {
    expect(ENTRY_LINES).toHaveLength(12);
    expect(titles).toHaveLength(ENTRY_LINES.length);
    expect(referenceSheets).toBeGreaterThanOrEqual(1);
    const expected = 1 + 1 + 1 + ENTRY_LINES.length + referenceSheets + 1;
    expect(pages.map((p, i) => `${i + 1}: ${flat(p.text).slice(0, 40)}`)).toHaveLength(expected);
  });

  it('starts each part on its own page: cover, foreword, contents, the entries in order, sources, colophon', () => {
    expect(flat(pages[0]?.text ?? '')).toContain('运河与乡贤');
    expect(flat(pages[1]?.text ?? '')).toContain('序');
    expect(flat(pages[2]?.text ?? '')).toContain('目录');
    titles.forEach((title, index) => {
      const text = flat(pages[3 + index]?.text ?? '');
      expect(text, `page ${4 + index}`).toContain(flat(title));
    });
    const back = pages.slice(3 + titles.length);
    expect(flat(back[0]?.text ?? '')).toContain('征引文献');
    expect(back.slice(1, -1).every((p) => flat(p.text).includes('征引文献(续)'))).toBe(true);
    expect(flat(back.at(-1)?.text ?? '')).toContain('版权页');
  });

  it('has every entry’s name in its text', () => {
    const all = flat(pages.map((p) => p.text).join(''));
    for (const name of ['中运河', '靳辅', '从借黄行运到避黄行运', '龙王庙行宫', '皂河龙王庙会', '骆马湖']) {
      expect(all).toContain(name);
    }
    for (const name of ['洪泽湖', '项羽', '项王故里', '张相文', '朱瑞', '苏北大鼓'])
      expect(all).toContain(name);
  });

  it('leaves no page blank, and numbers every page after the cover with the running head', () => {
    pages.forEach((page, index) => {
      expect(flat(page.text).length, `page ${index + 1}`).toBeGreaterThan(10);
      if (index > 0) {
        expect(flat(page.text), `page ${index + 1}`).toContain('运河与乡贤乡贤文史库·宿迁');
        expect(
          page.text.split('\n').map((line) => line.trim()),
          `page ${index + 1}`,
        ).toContain(String(index + 1));
      }
    });
  });

  it('keeps the foreword’s footnote and prints the web address under every QR code', () => {
    expect(flat(pages[1]?.text ?? '')).toContain('2014年6月22日');
    for (const page of pages.slice(3, 3 + titles.length))
      expect(flat(page.text)).toContain('xiangxian.example.org/');
  });
});
