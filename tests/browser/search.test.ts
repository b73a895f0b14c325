/**
 * Search as people use it, in Chromium against the built site: the query suite (recall in the
 * top 10 and precision), the Pagefind behaviour the query rewriting relies on, filters, shareable
 * addresses, keyboard use, suggestions, and the no-JavaScript fallback.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText, pageKeywords } from '../../src/lib/search/prepare-page.ts';
import { parseSearchSynonyms, searchTerms } from '../../src/lib/search/vocabulary.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { DIST, serveBuiltSite } from '../helpers/built-site.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { coverageUnits, meaningfulWords } from '../../src/lib/search/chinese.ts';
import { NEGATIVE_QUERIES, SEARCH_CASES, SUGGESTION_CASES } from './search-queries.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const SYNONYMS = parseSearchSynonyms(readFileSync('content/search-synonyms.yaml', 'utf8')).synonyms;

/** Every indexed page with the text a reader sees and its pinyin keys: the judge of relevance. */
const INDEXED = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('index.html'))
  .map((name) => ({
    url: `/${name.replace(/index\.html$/, '')}`,
    html: readFileSync(`${DIST}/${name}`, 'utf8'),
  }))
  .filter((page) => page.html.includes('data-pagefind-body'))
  .map((page) => ({
    url: page.url,
    // What the index holds: the text plus the everyday words and keywords added at build time.
    text: withTerms(toSimplified(mainText(page.html)), pageKeywords(page.html)),
    pinyin: /data-pagefind-meta="pinyin\[content\]" content="([^"]*)"/.exec(page.html)?.[1]?.split(' ') ?? [],
    names: /data-pagefind-meta="names\[content\]" content="([^"]*)"/.exec(page.html)?.[1]?.split(' ') ?? [],
  }));

function withTerms(text: string, keywords: string[]): string {
  return `${text} ${searchTerms(text, SYNONYMS, keywords).join(' ')}`;
}

/** Pages a reader would count as a match: every word's characters in the text, or pinyin keys. */
function relevant(query: string): Set<string> {
  const words = toSimplified(query.normalize('NFKC')).toLowerCase().split(/\s+/).filter(Boolean);
  return new Set(
    INDEXED.filter((page) =>
      words.every((word) =>
        /^[a-z]+$/.test(word) ? page.pinyin.some((key) => key.startsWith(word)) : page.text.includes(word),
      ),
    ).map((page) => page.url),
  );
}

/**
 * Pages that mention, in characters, a name the pinyin query spells (zhang xiangwen → a gift that
 * includes 张相文): right answers for pinyin, though their own pinyin keys are other names.
 */
function mentionsSpelledName(query: string): Set<string> {
  const words = query.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.every((word) => /^[a-z]+$/.test(word))) return new Set();
  const joined = words.join('');
  const spelled = INDEXED.filter((page) =>
    page.pinyin.some(
      (key) => key.startsWith(joined) || words.every((w) => page.pinyin.some((k) => k.startsWith(w))),
    ),
  ).flatMap((page) => page.names);
  return new Set(
    INDEXED.filter((page) => spelled.some((name) => name.length > 1 && page.text.includes(name))).map(
      (page) => page.url,
    ),
  );
}

let server: StaticServer;
let browser: Browser;
let page: Page;

async function searchFor(query: string): Promise<string[]> {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const element = document.querySelector('archive-search');
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    return element && !element.hasAttribute('aria-busy') && /找到|没有/.test(status);
  });
  return page
    .locator('ol[data-results] h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

beforeAll(async () => {
  server = await serveBuiltSite();
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

interface SuiteRow {
  query: string;
  kind: string;
  recall: number;
  precision: number;
  returned: number;
  missing: string[];
  wrong: string[];
  firstOk: boolean;
}

/**
 * Pages sharing at least one of the query's meaningful words: for queries typed the way people
 * ask, a result is wrong only when it contains none of them.
 */
function sharesAWord(query: string): Set<string> {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = coverageUnits(meaningfulWords(toSimplified(query)), (word) =>
    Array.from(segmenter.segment(word), (piece) => piece.segment),
  );
  return new Set(
    INDEXED.filter((page) =>
      words.some((word) =>
        /^[a-z]+$/.test(word) ? page.pinyin.some((key) => key.startsWith(word)) : page.text.includes(word),
      ),
    ).map((page) => page.url),
  );
}

const LOOSE_KINDS = new Set(['问句', '拼音写法', '首字母', '同义词', '事迹', '近似']);

describe('the query suite', () => {
  const rows: SuiteRow[] = [];

  it.each(SEARCH_CASES)('$kind: $query', async (testCase) => {
    const results = (await searchFor(testCase.query)).slice(0, 10);
    const judged = relevant(testCase.query);
    for (const must of testCase.must) judged.add(must);
    const expected = Math.min(10, judged.size);
    const acceptable = LOOSE_KINDS.has(testCase.kind)
      ? new Set([
          ...judged,
          ...sharesAWord(testCase.query),
          ...mentionsSpelledName(testCase.query),
          // A near miss is answered by the pages of the name it meant.
          ...(testCase.meant ? relevant(testCase.meant) : []),
        ])
      : judged;
    const found = results.filter((url) => judged.has(url));
    const missing = testCase.must.filter((url) => !results.includes(url));
    const row = {
      query: testCase.query,
      kind: testCase.kind,
      recall: expected === 0 ? 1 : Math.min(1, found.length / expected) * (missing.length === 0 ? 1 : 0),
      precision:
        results.length === 0
          ? judged.size === 0
            ? 1
            : 0
          : results.filter((url) => acceptable.has(url)).length / results.length,
      returned: results.length,
      missing,
      wrong: results.filter((url) => !acceptable.has(url)),
      firstOk: !testCase.first || results[0] === testCase.first,
    };
    rows.push(row);
    expect(row.firstOk, `${testCase.query} → ${results[0] ?? '无结果'}`).toBe(true);
  });

  it(`reaches recall ≥ 98% in the top 10 and precision ≥ 95% over the ${SEARCH_CASES.length} queries`, () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(150);
    expect(SEARCH_CASES.filter((c) => LOOSE_KINDS.has(c.kind)).length).toBeGreaterThanOrEqual(60);
    expect(rows).toHaveLength(SEARCH_CASES.length);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const recall = mean(rows.map((r) => r.recall));
    const precision = mean(rows.map((r) => r.precision));
    const zero = rows.filter((r) => r.returned === 0).length / rows.length;
    console.table(
      rows
        .filter((r) => r.recall < 1 || r.precision < 1)
        .map((r) => ({
          查询: r.query,
          类型: r.kind,
          召回: `${Math.round(r.recall * 100)}%`,
          精确: `${Math.round(r.precision * 100)}%`,
          返回: r.returned,
          缺: r.missing.join(' '),
          误: r.wrong.join(' '),
        })),
    );
    console.log(
      `查询 ${rows.length} 条：平均召回率（前10）${(recall * 100).toFixed(1)}%，平均精确率 ${(precision * 100).toFixed(1)}%，零结果率 ${(zero * 100).toFixed(1)}%`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.98);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing for what the archive does not contain', async () => {
    for (const query of NEGATIVE_QUERIES) expect(await searchFor(query), query).toEqual([]);
  });
});

describe('the Pagefind behaviour the query rewriting relies on', () => {
  it('receives character pairs unsplit: 中运河 → 中运 运河 matches exactly the pages holding both pairs', async () => {
    await searchFor('中运河');
    const element = page.locator('archive-search');
    expect(await element.getAttribute('data-rewritten')).toBe('中运 运河');
    // If Pagefind split the pairs again (中运 → 中 | 运), pages with any 中 and 运 would match too.
    const bothPairs = INDEXED.filter((p) => p.text.includes('中运') && p.text.includes('运河')).length;
    expect(Number(await element.getAttribute('data-matched'))).toBe(bothPairs);
  });
});

describe('the search page', () => {
  it('keeps the query in a shareable address, announces the count, and filters with counts', async () => {
    await searchFor('运河');
    const status = await page.locator('[data-status]').textContent();
    expect(status).toMatch(/找到约? \d+ 条/);
    expect(await page.locator('[data-status]').getAttribute('role')).toBe('status');
    const before = await page.locator('ol[data-results] > li').count();
    const filter = page.getByRole('checkbox', { name: /^乡贤（\d+）$/ });
    await filter.check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('类型') === '乡贤');
    await page.waitForFunction(() => !document.querySelector('archive-search')?.hasAttribute('aria-busy'));
    const types = await page.locator('ol[data-results] .type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(types.length).toBeLessThanOrEqual(before);
    expect(new Set(types)).toEqual(new Set(['乡贤']));
    // The counts change in place, so keyboard users stay on the box they ticked.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
      '乡贤',
    );
  });

  it('searches as you type and moves to the results with the arrow key', async () => {
    await page.goto(`${server.url}/search/`);
    await page.getByRole('searchbox', { name: '搜索词' }).fill('子才');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '子才');
    await page.waitForFunction(() => /找到/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    await page.getByRole('searchbox', { name: '搜索词' }).press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('袁枚');
  });

  it('highlights the words found in the excerpt', async () => {
    await searchFor('骆马湖');
    expect(await page.locator('ol[data-results] .excerpt mark').count()).toBeGreaterThan(0);
  });

  it('shows partial matches, says so, and suggests the name within one edit', async () => {
    expect(await searchFor('洛马湖')).toContain('/places/luo-ma-hu/');
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('部分词语');
    await expect.poll(() => page.locator('[data-suggestions] a').allTextContents()).toContain('骆马湖');
  });

  it.each(SUGGESTION_CASES)('suggests a near miss: %s → 您是不是要找 %s', async (query, name) => {
    await searchFor(query);
    await expect.poll(() => page.locator('[data-suggestions] a').allTextContents()).toContain(name);
  });

  it.each([
    ['项羽', 'phrase'],
    ['项羽 长城', 'some'],
    ['乾隆贡酥的做法', 'all'],
  ])('tells which tier %s is answered from (%s)', async (query, tier) => {
    await searchFor(query);
    expect(await page.locator('archive-search').getAttribute('data-tier')).toBe(tier);
  });

  it('reaches search from the header box on any page', async () => {
    await page.goto(`${server.url}/worthies/`);
    const box = page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox');
    await box.fill('xiangyu');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=xiangyu/);
    await page.waitForFunction(() => /找到/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await page.locator('ol[data-results] h2').first().textContent()).toBe('项羽');
  });

  it('shows quick results under the header box, reachable by keyboard and closed with Escape', async () => {
    await page.goto(`${server.url}/places/`);
    const box = page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox');
    await box.focus();
    await box.pressSequentially('子才');
    const panel = page.getByRole('region', { name: '快速搜索结果' });
    await panel.getByRole('link', { name: '袁枚' }).waitFor();
    await box.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('袁枚');
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
  });

  it('tells readers without JavaScript where to look instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.url}/search/?q=项羽`);
    // Playwright's text selectors skip <noscript>, so the fallback is found by its class.
    const fallback = plain.locator('.no-script');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain('全文搜索需要浏览器开启 JavaScript');
    expect(await fallback.locator('a[href="/worthies/"]').count()).toBe(1);
    await context.close();
  });
});
