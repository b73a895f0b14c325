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
    filters: SearchOutcome['filters'];
    totalFilters: SearchOutcome['allFilters'];
  }>;
}

const FOLDABLE = new Set(Array.from(foldableCharacters));
const base = import.meta.env.BASE_URL;

let engine: Promise<Pagefind> | undefined;
let chunkStarts: Promise<string[]> | undefined;
let toSimplified: Promise<(text: string) => string> | undefined;

/**
 * Pagefind, initialised so that it does not split queries again: it segments queries only when
 * the page's language (read once, from <html lang>, when it initialises) is Chinese, Japanese or
 * Thai, and this module sends queries already split into character pairs. So the page's language
 * is set to `und` (undetermined) for the moment Pagefind reads it, then restored. A browser test
 * (tests/browser/search-behaviour.test.ts) fails if a Pagefind upgrade changes this.
 */
function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
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
  })();
  return engine;
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

export async function search(
  query: string,
  filters: Record<string, string[]> = {},
  limit = 10,
): Promise<SearchOutcome> {
  const [pagefind, starts] = await Promise.all([loadEngine(), loadChunkStarts()]);
  const folded = await fold(query);
  const rewritten = rewriteQuery(folded);
  const activeFilters = Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
  const terms = rewritten.split(' ').filter(Boolean);
  // Load the index chunks that Pagefind would otherwise skip (see src/lib/search/chunks.ts).
  await Promise.all(
    terms.flatMap((term) => spilledChunkStarts(term, starts)).map((start) => pagefind.preload(start)),
  );
  const found = await pagefind.search(rewritten || null, { filters: activeFilters });
  // Check results in order against the literal query; read twice a page's worth, so that exact
  // names further down can still be lifted to the top.
  const verified: { hit: SearchHit; order: number; rank: number }[] = [];
  const window = found.results.slice(0, limit * 2);
  for (const [order, result] of window.entries()) {
    const data = await result.data();
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
  const allFilters = await loadFilters(pagefind);
  return {
    query,
    rewritten,
    total,
    approximate: !exhausted,
    matched: found.results.length,
    hits,
    filters: found.filters,
    allFilters,
  };
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

let allFilters: Promise<SearchOutcome['allFilters']> | undefined;

/** Every filter value with its count in the whole index (loading it also makes Pagefind count results per value). */
function loadFilters(pagefind: Pagefind): Promise<SearchOutcome['allFilters']> {
  allFilters ??= pagefind.filters();
  return allFilters;
}
