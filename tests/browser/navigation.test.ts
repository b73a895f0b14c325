/** What a visitor clicks: home → 乡贤 → a facet → a profile → a place → back. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveBuiltSite } from '../helpers/built-site.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveBuiltSite();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('browsing the archive', () => {
  it('goes from the home page to a person, their place, and back', async () => {
    await page.goto(server.url);
    // On a phone the sections sit behind the header's menu.
    await page.getByText('栏目', { exact: true }).click();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '乡贤' }).click();
    await expect.poll(() => page.url()).toMatch(/\/worthies\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('乡贤');

    await page
      .getByRole('navigation', { name: '筛选乡贤' })
      .getByRole('link', { name: /沭阳县（\d+）/ })
      .click();
    await expect.poll(() => page.url()).toMatch(/\/worthies\/district\/shuyang\/$/);
    const facetLink = page
      .getByRole('navigation', { name: '筛选乡贤' })
      .getByRole('link', { name: /沭阳县/ });
    expect(await facetLink.getAttribute('aria-current')).toBe('page');

    await page.getByRole('link', { name: '袁枚' }).click();
    await expect.poll(() => page.url()).toMatch(/\/worthies\/yuan-mei\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('袁枚');
    expect(await page.locator('main').textContent()).toContain('子才');

    await page.locator('.facts div', { hasText: '相关地点' }).getByRole('link', { name: '沭阳县' }).click();
    await expect.poll(() => page.url()).toMatch(/\/places\/shu-yang-xian\/$/);
    expect(await page.getByRole('heading', { name: '历代名称' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: '相关人物' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('袁枚');

    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\/worthies\/yuan-mei\/$/);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\/worthies\/district\/shuyang\/$/);
  });

  it('follows a citation marker to its numbered source', async () => {
    await page.goto(`${server.url}/worthies/xiang-yu/`);
    const marker = page.locator('sup.cite a').first();
    const target = await marker.getAttribute('href');
    await marker.click();
    await expect.poll(() => page.url()).toContain(target ?? '#');
    // The numbered note opens to a reference a reader can read: a title, its category, no bare address.
    const reference = (await page.locator(target ?? '#').textContent()) ?? '';
    expect(reference).toMatch(/《[^》]+》/);
    expect(reference).not.toMatch(/https?:\/\//);
  });

  it('reaches every link of the header by keyboard, with a visible skip link first', async () => {
    await page.goto(server.url);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('跳到正文');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#main$/);
  });
});
