/**
 * The starter gift's 繁體 and bilingual printed editions against the simplified ones: converted or
 * added text may wrap differently, but the book must keep its shape — within one page of the
 * simplified edition.
 */
import { describe, expect, it } from 'vitest';
import { openBuiltSite } from '../helpers/built-site.ts';
import { readPdf } from '../helpers/pdf.ts';

const GIFT = 'yun-he-yu-xiang-xian';
const site = openBuiltSite();

async function pageCount(path: string): Promise<number> {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}${path}`);
  const pages = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.close();
  return pages.length;
}

describe.each([
  { edition: '繁體 A4', folder: 'zh-hant/', path: 'print/' },
  { edition: '繁體 A5', folder: 'zh-hant/', path: 'print-a5/' },
  { edition: 'bilingual A4', folder: 'en/', path: 'print/' },
  { edition: 'bilingual A5', folder: 'en/', path: 'print-a5/' },
])('the $edition edition', ({ folder, path }) => {
  it('prints within one page of the simplified edition', async () => {
    const simplified = await pageCount(`/gifts/${GIFT}/${path}`);
    const other = await pageCount(`/gifts/${GIFT}/${folder}${path}`);
    expect(simplified).toBeGreaterThan(3);
    expect(Math.abs(other - simplified)).toBeLessThanOrEqual(1);
  });
});

describe('search', () => {
  async function giftResults(query: string): Promise<string[]> {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => {
      const status = document.querySelector('[data-status]')?.textContent ?? '';
      return !document.querySelector('archive-search')?.hasAttribute('aria-busy') && /找到|没有/.test(status);
    });
    const urls = await page
      .locator('ol[data-results] h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.close();
    return urls.filter((url) => url.startsWith(`/gifts/${GIFT}/`));
  }

  it.each([
    { query: '運河與鄉賢', first: `/gifts/${GIFT}/zh-hant/` },
    { query: '运河与乡贤', first: `/gifts/${GIFT}/` },
  ])('lists the edition in the script of "$query" first: $first', async ({ query, first }) => {
    const results = await giftResults(query);
    expect(results.length).toBeGreaterThan(1);
    expect(results[0]).toBe(first);
  });
});
