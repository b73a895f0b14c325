/**
 * The ways in by time, place and person, in Chromium against the real build: the timeline's order
 * and phone layout, the map's keyboard access, relations readable from both sides, open data.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBuiltSite } from '../helpers/built-site.ts';

const site = openBuiltSite();

async function open(path: string, width = 1280): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width, height: 900 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  return page;
}

describe('the timeline', () => {
  it('puts 宋人迁宿 (前684) before 项羽 (前232) before 宿预 (405), each in its era', async () => {
    const page = await open('/timeline/');
    const top = async (selector: string) => (await page.locator(selector).boundingBox())?.y ?? Number.NaN;
    const positions = [
      await top('#event-song-ren-qian-su'),
      await top('#worthy-xiang-yu'),
      await top('#event-su-yu-zhi-xian'),
    ];
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(await page.locator('#xianqin #event-song-ren-qian-su').count()).toBe(1);
    expect(await page.locator('#event-song-ren-qian-su .year').textContent()).toBe('前684');
    expect(await page.locator('#weijin-nanbeichao #event-su-yu-zhi-xian').count()).toBe(1);
    await page.context().close();
  });

  it('jumps to an era and opens an event’s sources without JavaScript', async () => {
    const page = await open('/timeline/');
    await page.getByRole('navigation', { name: '按时代跳转' }).getByRole('link', { name: /清/ }).click();
    await expect.poll(() => page.url()).toMatch(/#qing$/);
    const details = page.locator('#event-song-ren-qian-su details');
    await details.locator('summary').click();
    expect(await details.getAttribute('open')).not.toBeNull();
    expect(await details.locator('ol li').count()).toBe(3);
    await page.context().close();
  });

  it('reads as a vertical list on a phone, without sideways scrolling', async () => {
    for (const path of ['/timeline/', '/map/', '/relations/', '/data/', '/worthies/xiang-yu/']) {
      const page = await open(path, 390);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });
});

describe('the map', () => {
  it('reaches place markers by keyboard, each a link to its page with a visible focus', async () => {
    const page = await open('/map/');
    const marker = page.locator('svg.map .markers a').first();
    await marker.focus();
    const stroke = await marker
      .locator('path.marker')
      .evaluate((el) => getComputedStyle(el).stroke.replace(/\s/g, ''));
    const focusColour = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--xx-focus').trim(),
    );
    expect(stroke).toBe(`rgb(${[1, 3, 5].map((i) => parseInt(focusColour.slice(i, i + 2), 16)).join(',')})`);
    const href = await marker.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(href ?? '');
    await page.context().close();
  });
});

describe('relations', () => {
  it('are shown from both sides: 项羽的叔父 项梁, and 项梁的侄 项羽', async () => {
    const page = await open('/relations/');
    const pair = page.locator('.pairs li', { hasText: '叔父' }).filter({ hasText: '项梁' }).first();
    expect((await pair.locator('.forward').textContent())?.replace(/\s/g, '')).toBe('项羽的叔父：项梁');
    expect((await pair.locator('.reverse').textContent())?.replace(/\s/g, '')).toBe('反过来，项梁的侄：项羽');
    await page.context().close();

    const profile = await open('/worthies/xiang-liang/');
    const diagram = profile.getByRole('group', { name: '项梁的人物关系图' });
    expect(await diagram.getByRole('link', { name: '项羽（侄）' }).count()).toBe(1);
    await profile.context().close();
  });
});

describe('open data', () => {
  it('serves every file the download page links to', async () => {
    const page = await open('/data/');
    const links = await page
      .locator('table.files a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(10);
    for (const link of links) {
      const response = await fetch(link);
      expect(response.status, link).toBe(200);
      const body = await response.text();
      expect(body.length, link).toBeGreaterThan(100);
    }
    await page.context().close();
  });
});
