/**
 * The search page on a 390 × 844 phone (and beside it, a desktop): results first, the filters
 * behind one control that counts the active ones, values without results left out, 朝代 in time
 * order, 类别 grouped by entry type, one clean snippet per result, keyboard use and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSING_ERAS } from '../../src/lib/browsing-eras.ts';
import { CATEGORY_VALUES, HERITAGE_KIND_VALUES, PLACE_KIND_VALUES } from '../../src/schemas/vocabulary.ts';
import { openBuiltSite } from '../helpers/built-site.ts';

const site = openBuiltSite();
const PHONE = { width: 390, height: 844 };
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Opens the search page for `query` and waits until the results and the filter counts stand. */
async function open(query: string, viewport = PHONE, extra = ''): Promise<Page> {
  context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => {
    const element = document.querySelector('archive-search');
    return element?.hasAttribute('data-facets') && !element.hasAttribute('aria-busy');
  });
  return page;
}

const filterControl = (page: Page) => page.locator('summary[data-filters-summary]');

/** The visible values of one filter, in the order shown, with their counts. */
async function shownValues(page: Page, filter: string): Promise<{ value: string; count: number }[]> {
  return page.locator(`input[type="checkbox"][name="${filter}"]`).evaluateAll((boxes) =>
    boxes
      .filter((box) => !(box.closest('label') as HTMLElement).hidden)
      .map((box) => ({
        value: (box as HTMLInputElement).value,
        count: Number(/（(\d+)）/.exec(box.closest('label')?.textContent ?? '')?.[1]),
      })),
  );
}

describe('the search page on a phone', () => {
  it('shows the first result within the first screen, before any filter value', async () => {
    const page = await open('运河');
    const first = page.locator('ol[data-results] > li').first();
    const box = await first.boundingBox();
    expect(box?.y).toBeGreaterThan(0);
    expect(box?.y).toBeLessThan(PHONE.height);
    expect(
      await page.locator('details[data-filters-panel]').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    expect(await page.getByRole('checkbox').first().isVisible()).toBe(false);
  });

  it('has one search box: the page header leaves its own out', async () => {
    const page = await open('运河');
    expect(await page.getByRole('searchbox').count()).toBe(1);
    expect(await page.getByRole('search', { name: '全站搜索' }).count()).toBe(0);
  });

  it('puts the filters behind one control that says how many are on, usable by keyboard', async () => {
    const page = await open('运河');
    expect(await filterControl(page).textContent()).toBe('筛选');
    await filterControl(page).focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('checkbox', { name: /^地名（\d+）$/ });
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('类型') === '地名');
    await expect.poll(() => filterControl(page).textContent()).toBe('筛选（已选 1 项）');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
      '地名',
    );
  });

  it('counts the filters of a shared address', async () => {
    const page = await open('运河', PHONE, `&${encodeURIComponent('类型')}=${encodeURIComponent('乡贤')}`);
    expect(await filterControl(page).textContent()).toBe('筛选（已选 1 项）');
  });

  it('leaves out filter values without results', async () => {
    const page = await open('项羽');
    for (const filter of ['类型', '区县', '朝代', '类别']) {
      for (const { value, count } of await shownValues(page, filter))
        expect(count, `${filter} ${value}`).toBeGreaterThan(0);
    }
    const all = await page.locator('input[type="checkbox"][name="朝代"]').count();
    expect((await shownValues(page, '朝代')).length).toBeLessThan(all);
  });

  it('lists 朝代 from the earliest era to today', async () => {
    const page = await open('宿迁');
    const eras = (await shownValues(page, '朝代')).map(({ value }) => value);
    expect(eras.length).toBeGreaterThan(2);
    const order = BROWSING_ERAS.map((era) => era.name);
    expect(eras).toEqual([...eras].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('groups 类别 by entry type', async () => {
    const page = await open('宿迁');
    const groups = await page.locator('fieldset fieldset').evaluateAll((sets) =>
      sets
        .filter((set) => !(set as HTMLElement).hidden)
        .map((set) => ({
          group: set.querySelector('legend')?.textContent ?? '',
          values: Array.from(set.querySelectorAll('input'), (box) => box.value),
        })),
    );
    const vocabulary: Record<string, readonly string[]> = {
      乡贤: CATEGORY_VALUES,
      地名: PLACE_KIND_VALUES,
      乡愁: HERITAGE_KIND_VALUES,
    };
    expect(groups.map(({ group }) => group)).toEqual(['乡贤', '地名', '乡愁']);
    for (const { group, values } of groups) {
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(vocabulary[group], `${group} ${value}`).toContain(value);
    }
  });

  it('shows one clean sentence per result, and what each result is in plain words', async () => {
    const page = await open('项羽');
    expect(await page.locator('ol[data-results] > li').first().locator('.kind').textContent()).toBe(
      '乡贤 · 秦汉 · 前232—前202 · 宿城区',
    );
    const snippets = await page.locator('ol[data-results] .excerpt').allTextContents();
    expect(snippets.length).toBeGreaterThan(3);
    for (const snippet of snippets) {
      expect(snippet).not.toMatch(/\[\d+\]|↩|扫码|海报|返回.*索引|的基本信息/);
      expect(Array.from(snippet).length).toBeLessThanOrEqual(82);
      // One sentence: nothing after its closing mark.
      expect(snippet).not.toMatch(/[。！？].+/u);
    }
    const marked = await page
      .locator('ol[data-results] .excerpt')
      .evaluateAll((all) => all.filter((excerpt) => excerpt.querySelector('mark')).length);
    expect(marked).toBe(snippets.length);
  });

  it('announces the count in a live region and has no axe violations with the filters open', async () => {
    const page = await open('运河');
    expect(await page.locator('[data-status]').getAttribute('aria-live')).toBe('polite');
    await filterControl(page).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
    ).toEqual([]);
  });
});

describe('the search page on a desktop', () => {
  it('keeps the filters open beside the results', async () => {
    const page = await open('运河', { width: 1280, height: 900 });
    const filters = await page.locator('details[data-filters-panel]').boundingBox();
    const results = await page.locator('ol[data-results]').boundingBox();
    expect(await page.getByRole('checkbox').first().isVisible()).toBe(true);
    expect((filters?.x ?? 0) + (filters?.width ?? 0)).toBeLessThanOrEqual(results?.x ?? 0);
  });
});
