/** "Cite this": plain text without JavaScript, a working copy button with it, downloads served. */
import { describe, expect, it } from 'vitest';
import { openBuiltSite } from '../helpers/built-site.ts';

const site = openBuiltSite();

const CITATION =
  /^乡贤文史库编辑部\. 项羽\[EB\/OL\]\. 乡贤文史库·宿迁, \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/xiangxian\.example\.org\/worthies\/xiang-yu\/\.$/;

describe('cite this', () => {
  it('shows the citation as plain text and no dead button without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/worthies/xiang-yu/`);
    expect((await page.locator('#cite-text').textContent())?.trim()).toMatch(CITATION);
    await expect(page.locator('copy-button button').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('copies the citation with the button and says so', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/worthies/xiang-yu/`);
    const button = page.getByRole('button', { name: '复制引文' });
    await button.waitFor({ state: 'visible' });
    await button.click();
    // The message follows the clipboard's promise, so wait for it rather than read at once.
    const status = page.locator('copy-button [role="status"]');
    await status.filter({ hasText: '已复制到剪贴板' }).waitFor({ timeout: 5000 });
    expect(await status.textContent()).toBe('已复制到剪贴板');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(CITATION);
    await context.close();
  });

  it('serves the BibTeX, RIS and CSL-JSON downloads it links', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/gifts/yun-he-yu-xiang-xian/`);
    const links = await page
      .locator('.cite a[download]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      '/cite/gifts/yun-he-yu-xiang-xian.bib',
      '/cite/gifts/yun-he-yu-xiang-xian.ris',
      '/cite/gifts/yun-he-yu-xiang-xian.json',
      '/posters/gifts/yun-he-yu-xiang-xian.jpg',
    ]);
    for (const href of links) {
      const response = await page.request.get(`${site.server.url}${href ?? ''}`);
      expect(response.status(), href ?? '').toBe(200);
      expect((await response.body()).length, href ?? '').toBeGreaterThan(100);
    }
    await context.close();
  });

  it('offers the print dialog on the printed editions only with JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/gifts/yun-he-yu-xiang-xian/print/`);
      if (javaScriptEnabled) await page.locator('print-button button').waitFor({ state: 'visible' });
      await expect(page.locator('print-button button').isVisible()).resolves.toBe(javaScriptEnabled);
      await context.close();
    }
  });
});
