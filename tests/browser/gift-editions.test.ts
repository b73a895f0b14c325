/**
 * The starter gift's 繁體 printed editions against the simplified ones: converted text may wrap
 * differently, but the book must keep its shape — within one page of the simplified edition.
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
  { edition: 'A4', path: 'print/' },
  { edition: 'A5', path: 'print-a5/' },
])('the 繁體 $edition edition', ({ path }) => {
  it('prints within one page of the simplified edition', async () => {
    const simplified = await pageCount(`/gifts/${GIFT}/${path}`);
    const traditional = await pageCount(`/gifts/${GIFT}/zh-hant/${path}`);
    expect(simplified).toBeGreaterThan(3);
    expect(Math.abs(traditional - simplified)).toBeLessThanOrEqual(1);
  });
});
