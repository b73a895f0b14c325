/**
 * The reader's site on a phone and a desktop: a compact header with one search entry and the
 * sections behind one control that works without JavaScript, finger-sized targets, the infobox
 * where encyclopedia readers expect it, one left edge, entry pages that need no script to read,
 * and the small consistencies (labels, legends, diagrams, map and timeline type).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, openBuiltSite } from '../helpers/built-site.ts';

const site = openBuiltSite();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const TAP = 44;

async function open(path: string, viewport = PHONE, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  return page;
}

/** Visible search entries: search forms and links to the search page. */
function visibleSearchEntries(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('[role="search"], header a[href$="/search/"]')].filter(
        (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden',
      ).length,
  );
}

/** Sizes of the visible elements matching `selector` that are smaller than a fingertip. */
function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(
    selector,
    (elements, min) =>
      elements
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0 && r.height < min)
        .map(({ e, r }) => `「${e.textContent.trim()}」 ${Math.round(r.width)}×${Math.round(r.height)}`),
    TAP,
  );
}

const WORTHY_PAGES = readdirSync(join(DIST, 'worthies'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['era', 'category', 'district'].includes(d.name))
  .map((d) => `/worthies/${d.name}/`);

describe('the header on a phone', () => {
  it.each(['/', '/worthies/xiang-yu/', '/places/luo-ma-hu/'])(
    'is under 100 px with one search entry on %s',
    async (path) => {
      const page = await open(path);
      const header = await page.locator('[data-site-header]').boundingBox();
      expect(header?.height).toBeLessThan(100);
      expect(await visibleSearchEntries(page)).toBe(1);
      await page.context().close();
    },
  );

  it('has one search entry on a desktop home page too', async () => {
    const page = await open('/', DESKTOP);
    expect(await visibleSearchEntries(page)).toBe(1);
    await page.context().close();
  });

  it('opens the sections from one control without JavaScript, by keyboard', async () => {
    const page = await open('/worthies/xiang-yu/', PHONE, false);
    const menuLinks = page.locator('[data-site-menu] nav a');
    expect(await menuLinks.first().isVisible()).toBe(false);
    const summary = page.locator('[data-site-menu] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await menuLinks.first().waitFor({ state: 'visible' });
    expect(await menuLinks.count()).toBeGreaterThanOrEqual(5);
    expect(await smallTargets(page, '[data-site-menu] nav a')).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['/worthies/', 'header a, header summary, header button, main nav a, .facets a, footer a'],
    ['/places/', 'header a, header summary, .jump a, footer a'],
    ['/timeline/', 'header a, header summary, .facets a'],
  ])('gives every control on %s a target of 44 px', async (path, selector) => {
    const page = await open(path);
    expect(await smallTargets(page, selector)).toEqual([]);
    await page.context().close();
  });
});

describe('entry layout', () => {
  it('puts the infobox on the right on a desktop and at the top on a phone', async () => {
    const desktop = await open('/worthies/xiang-yu/', DESKTOP);
    const side = await desktop.locator('.layout > .side').boundingBox();
    const main = await desktop.locator('.layout > .main').boundingBox();
    expect(side && main && side.x > main.x + main.width - 1).toBe(true);
    await desktop.context().close();

    const phone = await open('/worthies/xiang-yu/');
    const phoneSide = await phone.locator('.layout > .side').boundingBox();
    const phoneMain = await phone.locator('.layout > .main').boundingBox();
    expect(phoneSide && phoneMain && phoneSide.y < phoneMain.y).toBe(true);
    await phone.context().close();
  });

  it.each([360, 768, 1280])('lines up header, body and footer at %i px', async (width) => {
    const page = await open('/worthies/xiang-yu/', { width, height: 900 });
    const left = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => e.getBoundingClientRect().left);
    const brand = await left('[data-site-header] .brand');
    expect(await left('main h1')).toBe(brand);
    expect(await left('[data-site-footer] p')).toBe(brand);
    await page.context().close();
  });
});

describe('entry pages without script', () => {
  it('reads fully with JavaScript off', async () => {
    const page = await open('/worthies/xiang-yu/', DESKTOP, false);
    expect(await page.locator('.lead').isVisible()).toBe(true);
    expect((await page.locator('main .prose').innerText()).length).toBeGreaterThan(200);
    expect(await page.locator('#cite-text').isVisible()).toBe(true);
    await page.context().close();
  });

  it('fetches the copying code only when the reader copies', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${site.server.url}/worthies/xiang-yu/`, { waitUntil: 'networkidle' });
    expect(scripts.filter((s) => s.includes('copy-button'))).toEqual([]);
    await page.getByRole('button', { name: '复制引文' }).click();
    await page
      .locator('copy-button [role="status"]')
      .filter({ hasText: '已复制' })
      .waitFor({ timeout: 5000 });
    expect(scripts.filter((s) => s.includes('copy-button'))).toHaveLength(1);
    await context.close();
  });
});

describe('small consistencies', () => {
  it('names the citation box the same on every entry with one', async () => {
    const labels = new Set<string>();
    for (const path of ['/worthies/xiang-yu/', '/places/luo-ma-hu/', '/gifts/yun-he-yu-xiang-xian/']) {
      const page = await open(path, DESKTOP, false);
      labels.add((await page.locator('#cite-heading').textContent()) ?? '');
      await page.context().close();
    }
    expect([...labels]).toEqual(['引用本页']);
  });

  it('does not repeat a legend heading as the box label below it', async () => {
    const page = await open('/heritage/che-lun-bing/', DESKTOP, false);
    const repeated = await page.$$eval(
      '.prose h2 + .aside',
      (boxes) =>
        boxes.filter((b) => {
          const label = b.querySelector('.label');
          return (
            label &&
            label.getClientRects().length > 0 &&
            b.previousElementSibling?.textContent.trim() === label.textContent.trim()
          );
        }).length,
    );
    expect(await page.locator('.prose h2 + .aside').count()).toBeGreaterThan(0);
    expect(repeated).toBe(0);
    await page.context().close();
  });

  it('draws a relation diagram only for two related people or more', async () => {
    const page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    let drawn = 0;
    for (const path of WORTHY_PAGES) {
      await page.goto(`${site.server.url}${path}`);
      const lines = await page.locator('figure.diagram svg .lines line').count();
      if (lines > 0) drawn += 1;
      expect(lines === 0 || lines >= 2, path).toBe(true);
    }
    expect(drawn).toBeGreaterThan(0);
    await page.context().close();
  });

  it('sets map water names upright and timeline labels at 12 px or more', async () => {
    const map = await open('/map/', DESKTOP, false);
    const styles = await map.$$eval('.water-name', (names) =>
      names.map((n) => getComputedStyle(n).fontStyle),
    );
    expect(styles.length).toBeGreaterThan(0);
    expect(new Set(styles)).toEqual(new Set(['normal']));
    await map.context().close();

    const timeline = await open('/timeline/', PHONE, false);
    const sizes = await timeline.$$eval('.band', (bands) =>
      bands.map((b) => parseFloat(getComputedStyle(b).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await timeline.context().close();
  });
});
