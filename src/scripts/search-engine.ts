/**
 * The browser side of search: loads Pagefind once, folds and rewrites each query the way the index
 * was prepared (src/lib/search), works around Pagefind's chunk-loading bug, and returns results.
 * Used by the search page and the header box; nothing here touches the page's layout.
 */
import { foldableCharacters } from 'virtual:archive/search-config';
import { containsAny, matchesLiterally, rewriteQuery } from '../lib/search/chinese.ts';
import { spilledChunkStarts } from '../lib/search/chunks.ts';

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  summary: string;
  excerpt: string;
}

export interface SearchOutcome {
  query: string;
  /** The query as sent to Pagefind (folded, character pairs). */
  rewritten: string;
  total: number;
  /** True when `total` is estimated from the results checked so far. */
  approximate: boolean;
  /** Pages Pagefind matched before the literal check. */
  matched: number;
  hits: SearchHit[];
}

export interface FacetCounts {
  /** Counts per filter value among the results. */
  filters: Record<string, Record<string, number>>;
  /** Counts per filter value in the whole index. */
  allFilters: Record<string, Record<string, number>>;
}

interface PagefindResult {
  id: string;
  data: () => Promise<{
    url: string;
    excerpt: string;
    content: string;
    meta: Record<string, string | undefined>;
  }>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ) => Promise<{
    results: PagefindResult[];
    filters: FacetCounts['filters'];
  }>;
}

const FOLDABLE = new Set(Array.from(foldableCharacters));
const base = import.meta.env.BASE_URL;

let engine: Promise<Pagefind> | undefined;
let facetEngine: Promise<Pagefind> | undefined;
let chunkStarts: Promise<string[]> | undefined;
let toSimplified: Promise<(text: string) => string> | undefined;

/**
 * Pagefind, initialised so that it does not split queries again: it segments queries only when
 * the page's language (read once, from <html lang>, when it initialises) is Chinese, Japanese or
 * Thai, and this module sends queries already split into character pairs. So the page's language
 * is set to `und` (undetermined) for the moment Pagefind reads it, then restored. A browser test
 * (tests/browser/search.test.ts) fails if a Pagefind upgrade changes this.
 */
async function startPagefind(url: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({
    excerptLength: 36,
    // The run-final-character field only widens recall; it must not lift a page's rank.
    ranking: { metaWeights: { tail: 0, names: 5, pinyin: 2, summary: 1, type: 0 } },
  });
  const root = document.documentElement;
  const language = root.lang;
  root.lang = 'und';
  try {
    await pagefind.init();
  } finally {
    root.lang = language;
  }
  return pagefind;
}

/** The instance that finds results. It loads a filter's index only once that filter is used. */
function loadEngine(): Promise<Pagefind> {
  engine ??= startPagefind(`${base}pagefind/pagefind.js`);
  return engine;
}

/**
 * A second instance for the facet counts, in a worker of its own (a module imported under another
 * address gets its own worker). Once the filter indexes are loaded, Pagefind counts every result
 * per filter value on each search, which at 10,000 pages made searches five times slower; kept
 * apart, results come first and the counts follow.
 */
function loadFacetEngine(): Promise<Pagefind> {
  facetEngine ??= startPagefind(`${base}pagefind/pagefind.js?facets`);
  return facetEngine;
}

function loadChunkStarts(): Promise<string[]> {
  chunkStarts ??= fetch(`${base}pagefind/chunk-starts.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return chunkStarts;
}

/** The OpenCC converter, loaded only for queries with characters that fold. */
async function fold(query: string): Promise<string> {
  const normalised = query.normalize('NFKC');
  if (!containsAny(normalised, FOLDABLE)) return normalised;
  toSimplified ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return (await toSimplified)(normalised);
}

/** Starts loading Pagefind (and the chunk table) before the first query, e.g. on focus. */
export function warmUp(): void {
  void loadEngine();
  void loadChunkStarts();
}

function activeFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
}

/** Folds the query and splits it into character pairs, as the index was prepared. */
async function prepareQuery(query: string): Promise<{ folded: string; rewritten: string }> {
  const folded = await fold(query);
  return { folded, rewritten: rewriteQuery(folded) };
}

/** Loads the index chunks that Pagefind would otherwise skip (see src/lib/search/chunks.ts). */
async function preloadSpilledChunks(pagefind: Pagefind, rewritten: string): Promise<void> {
  const starts = await loadChunkStarts();
  const terms = rewritten.split(' ').filter(Boolean);
  await Promise.all(
    terms.flatMap((term) => spilledChunkStarts(term, starts)).map((start) => pagefind.preload(start)),
  );
}

export async function search(
  query: string,
  filters: Record<string, string[]> = {},
  limit = 10,
): Promise<SearchOutcome> {
  const pagefind = await loadEngine();
  const { folded, rewritten } = await prepareQuery(query);
  await preloadSpilledChunks(pagefind, rewritten);
  const found = await pagefind.search(rewritten || null, { filters: activeFilters(filters) });
  // Check results in order against the literal query; read twice a page's worth, so that exact
  // names further down can still be lifted to the top.
  const verified: { hit: SearchHit; order: number; rank: number }[] = [];
  const window = found.results.slice(0, limit * 2);
  // Fetched together: one after another, twenty fragments cost twenty round trips.
  const fragments = await Promise.all(window.map((result) => result.data()));
  for (const [order, data] of fragments.entries()) {
    const title = data.meta['title'] ?? data.url;
    const names = (data.meta['names'] ?? '').split(' ').filter(Boolean);
    const keys = (data.meta['pinyin'] ?? '').split(' ').filter(Boolean);
    if (
      rewritten &&
      !matchesLiterally(folded, `${title} ${data.meta['summary'] ?? ''} ${data.content}`, keys)
    )
      continue;
    const hit = {
      url: data.url,
      title,
      type: data.meta['type'] ?? '',
      summary: data.meta['summary'] ?? '',
      excerpt: data.excerpt,
    };
    verified.push({ hit, order, rank: nameRank(folded, title, names, keys) });
  }
  const hits = verified
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map(({ hit }) => hit);
  const exhausted = window.length >= found.results.length;
  const total =
    exhausted || window.length === 0
      ? verified.length
      : Math.round((verified.length / window.length) * found.results.length);
  return { query, rewritten, total, approximate: !exhausted, matched: found.results.length, hits };
}

let allFilters: Promise<FacetCounts['allFilters']> | undefined;

/** How many results each filter value has, and every value with its count in the whole index. */
export async function facetCounts(
  query: string,
  filters: Record<string, string[]> = {},
): Promise<FacetCounts> {
  const pagefind = await loadFacetEngine();
  // Loading every filter index is what makes Pagefind count results per value.
  allFilters ??= pagefind.filters();
  const { rewritten } = await prepareQuery(query);
  await preloadSpilledChunks(pagefind, rewritten);
  const whole = await allFilters;
  const found = await pagefind.search(rewritten || null, { filters: activeFilters(filters) });
  return { filters: found.filters, allFilters: whole };
}

/**
 * Names and titles outrank mentions: a page whose name or alias is the query comes first, then
 * one whose title begins with it, then Pagefind's order.
 */
function nameRank(
  folded: string,
  title: string,
  names: readonly string[],
  pinyinKeys: readonly string[],
): number {
  const query = folded.replace(/\s+/g, '').toLowerCase();
  if (!query) return 2;
  if (title === query || names.includes(query) || pinyinKeys.includes(query)) return 0;
  if (title.startsWith(query) || names.some((name) => name.startsWith(query))) return 1;
  return 2;
}
