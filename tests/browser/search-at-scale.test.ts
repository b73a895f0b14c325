/**
 * Pagefind's chunk-loading bug, at scale. On a large site Pagefind fetches only the index chunk
 * that a query word sorts into, so pages whose matching words spill into the next chunk are
 * missed. The site publishes each chunk's first word (pagefind/chunk-starts.json); the search
 * preloads the spilled chunks (src/lib/search/chunks.ts). This test builds a synthetic archive
 * large enough to have many chunks and checks both the bug and the workaround against the text.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticArchive } from '../../scripts/generate-fixtures.ts';
import { spilledChunkStarts } from '../../src/lib/search/chunks.ts';
import { mainText } from '../../src/lib/search/prepare-page.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { buildFixtureSite } from '../helpers/fixture-build.ts';
import { brokenInternalLinks } from '../helpers/site-audit.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const ENTRIES = 2000;
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

let server: StaticServer;
let outDir = '';
let browser: Browser;
let texts: string[] = [];
let starts: string[] = [];

beforeAll(async () => {
  // Posters and cards for 2,000 entries would take minutes and are not what this test is about.
  const site = await buildFixtureSite(writeSyntheticArchive(ENTRIES), { ARCHIVE_ENTRY_IMAGES: '0' });
  outDir = site.outDir;
  texts = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => readFileSync(join(site.outDir, name), 'utf8'))
    .filter((html) => html.includes('data-pagefind-body'))
    .map((html) => toSimplified(mainText(html)));
  const published: unknown = JSON.parse(
    readFileSync(join(site.outDir, 'pagefind', 'chunk-starts.json'), 'utf8'),
  );
  starts = (published as string[]).map(String);
  server = await serveStatic(site.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Result count for a one-character query on a fresh page, with or without preloading. */
async function count(term: string, preload: string[]): Promise<number> {
  const page: Page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  // A string, not a function: vitest would rewrite a dynamic import() inside a function.
  const total = await page.evaluate<number>(`(async () => {
    const root = document.documentElement;
    root.lang = 'und';
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    root.lang = 'zh-CN';
    for (const start of ${JSON.stringify(preload)}) await pagefind.preload(start);
    return (await pagefind.search(${JSON.stringify(term)})).results.length;
  })()`);
  await page.close();
  return total;
}

/**
 * Pagefind's own answer for `term` with its own `filters`, on a fresh page with every filter index
 * loaded: how many pages, and its counts per filter value.
 */
async function pagefindAnswer(
  term: string,
  preload: string[],
  filters: Record<string, { any: string[] }> = {},
) {
  const page: Page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  const answer = await page.evaluate<{
    total: number;
    filters: Record<string, Record<string, number>>;
  }>(`(async () => {
    const root = document.documentElement;
    root.lang = 'und';
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    root.lang = 'zh-CN';
    await pagefind.filters();
    for (const start of ${JSON.stringify(preload)}) await pagefind.preload(start);
    const found = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    return { total: found.results.length, filters: found.filters };
  })()`);
  await page.close();
  return answer;
}

/**
 * What the search page shows for `term` (and filters in its address), once the counts stand: the
 * counts beside every filter value, how many pages matched, and the addresses it fetched.
 */
async function shownAnswer(term: string, address = '') {
  const page: Page = await browser.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(term)}${address}`);
  await page.waitForFunction(
    (q) => document.querySelector('archive-search')?.getAttribute('data-facets') === q,
    term,
  );
  const counts = await page.evaluate(() => {
    const shown: Record<string, Record<string, number>> = {};
    for (const box of document.querySelectorAll<HTMLInputElement>('[data-filters] input[type=checkbox]')) {
      const count = /（(\d+)）/.exec(box.closest('label')?.textContent ?? '')?.[1];
      (shown[box.name] ??= {})[box.value] = Number(count);
    }
    return shown;
  });
  const matched = Number(await page.locator('archive-search').getAttribute('data-matched'));
  await page.close();
  return { counts, matched, fetched };
}

describe(`search over a synthetic archive of ${ENTRIES} entries`, () => {
  it('builds without per-entry share images when asked, with no broken links', () => {
    expect(brokenInternalLinks(outDir)).toEqual([]);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('og/site.jpg');
  });

  it('has an index split into many chunks', () => {
    expect(texts.length).toBeGreaterThan(ENTRIES * 0.9);
    expect(starts.length).toBeGreaterThan(20);
  });

  it('finds every page for words whose matches spill across chunks, where Pagefind alone does not', async () => {
    // One-character words that begin later chunks: the ones the bug affects.
    const affected = [...new Set(starts.slice(1).map((start) => Array.from(start)[0] ?? ''))]
      .filter((c) => /\p{Script=Han}/u.test(c) && spilledChunkStarts(c, starts).length > 0)
      .slice(0, 6);
    expect(affected.length).toBeGreaterThan(0);
    const rows = [];
    for (const term of affected) {
      const truth = texts.filter((text) => text.includes(term)).length;
      const alone = await count(term, []);
      const fixed = await count(term, spilledChunkStarts(term, starts));
      rows.push({ 查询: term, 应得: truth, 'Pagefind 单独': alone, 预载后: fixed });
    }
    console.table(rows);
    expect(rows.map((r) => r.预载后)).toEqual(rows.map((r) => r.应得));
    // The bug is real at this scale: without the workaround some pages are missed.
    expect(rows.some((r) => r['Pagefind 单独'] < r.应得)).toBe(true);
  });

  it('shows the filter counts Pagefind itself gives, from the table of every page’s values', async () => {
    // Pages in several runs of 256 (page ids <set>/<n>), and words common enough to touch them all.
    const terms = ['河', '清', '县志'];
    for (const term of terms) {
      const truth = await pagefindAnswer(term, spilledChunkStarts(term, starts));
      expect(truth.total, term).toBeGreaterThan(256);
      expect((await shownAnswer(term)).counts, term).toEqual(truth.filters);
    }
  });

  it('applies ticked filters itself as Pagefind would, and never loads Pagefind’s filter indexes', async () => {
    const cases: [string, Record<string, string[]>][] = [
      ['县志', { 区县: ['宿城区'] }],
      ['河', { 类型: ['乡贤', '地名'], 朝代: ['清'] }],
    ];
    for (const [term, filters] of cases) {
      const any = Object.fromEntries(
        Object.entries(filters).map(([name, values]) => [name, { any: values }]),
      );
      const truth = await pagefindAnswer(term, spilledChunkStarts(term, starts), any);
      const address = Object.entries(filters)
        .flatMap(([name, values]) => values.map((value) => `&${name}=${encodeURIComponent(value)}`))
        .join('');
      const shown = await shownAnswer(term, address);
      expect(truth.total, term).toBeGreaterThan(0);
      expect(shown.matched, term).toBe(truth.total);
      expect(shown.counts, term).toEqual(truth.filters);
      expect(shown.fetched.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
    }
  });
});
