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
