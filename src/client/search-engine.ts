/**
 * The browser side of search: loads Pagefind once, folds and rewrites each query the way the index
 * was prepared (src/lib/search), works around Pagefind's chunk-loading bug, and returns results.
 * Ticked filters and their counts come from the filter table (src/lib/search/facet-table.ts).
 * Used by the search page and the header box; nothing here touches the page's layout.
 */
import { foldableCharacters } from 'virtual:archive/search-config';
import {
  containsAny,
  coverageUnits,
  matchesLiterally,
  meaningfulWords,
  pinyinReadings,
  rewriteQuery,
} from '../lib/search/chinese.ts';
import { spilledChunkStarts } from '../lib/search/chunks.ts';
import { editionForQuery, preferEdition } from '../lib/search/editions.ts';
import {
  countAll,
  countFacets,
  pageFilter,
  pageNumbers,
  type Counts,
  type FacetTable,
} from '../lib/search/facet-table.ts';
import { correction, type SuggestData } from '../lib/search/suggest.ts';

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  summary: string;
  excerpt: string;
  /** The page's indexed text, for the result's snippet. */
  content: string;
  /** Filter values of the page (区县, 朝代 …), shown as plain words. */
  filters: Record<string, string[]>;
  /** Life span or date, when the page has one. */
  dates: string;
  /** For one edition of several (a gift's 繁體 edition): which, and the address they share. */
  edition?: string | undefined;
  family?: string | undefined;
}

/**
 * How closely the results answer the query: the query as typed (`phrase`), every meaningful word
 * of it somewhere on the page (`all`), or some of its words, most covered first (`some`).
 */
export type SearchTier = 'phrase' | 'all' | 'some';

export interface SearchOutcome {
  query: string;
  tier: SearchTier;
  /** The query as sent to Pagefind (folded, character pairs). */
  rewritten: string;
  total: number;
  /** True when `total` is estimated from the results checked so far. */
  approximate: boolean;
  /** Pages Pagefind matched (ticked filters applied) before the literal check. */
  matched: number;
  hits: SearchHit[];
  /** Pagefind's ids of every page the tier matched (ticked filters applied), for the counts. */
  pages: string[];
  /** The name searched instead when the query found nothing (向羽 → 项羽). */
  corrected?: string;
}

export interface FacetCounts {
  /** Counts per filter value among the results. */
  filters: Counts;
  /** Counts per filter value in the whole index. */
  allFilters: Counts;
}

interface PagefindResult {
  id: string;
  data: () => Promise<PageFragment>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null) => Promise<{
    results: PagefindResult[];
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
 * (tests/browser/search.test.ts) fails if a Pagefind upgrade changes this.
 */
async function startPagefind(url: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({
    // On the page: no worker script to download (12 KB gzipped) and no message per result.
    noWorker: true,
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

/** Pagefind, loaded once. It never loads a filter index: the filter table does their work. */
function loadEngine(): Promise<Pagefind> {
  engine ??= startPagefind(`${base}pagefind/pagefind.js`);
  return engine;
}

function loadChunkStarts(): Promise<string[]> {
  chunkStarts ??= fetch(`${base}pagefind/chunk-starts.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return chunkStarts;
}

let suggestData: Promise<SuggestData> | undefined;

/** Names, titles and their homophones for 「是不是要找」, fetched once and only when a search falls short. */
export function loadSuggestData(): Promise<SuggestData> {
  suggestData ??= fetch(`${base}search-names.json`)
    .then((response) => (response.ok ? (response.json() as Promise<SuggestData>) : { names: [], sounds: {} }))
    .catch(() => ({ names: [], sounds: {} }));
  return suggestData;
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

/** The results on pages that pass the ticked filters (see pageFilter). */
async function withFilters(
  results: PagefindResult[],
  filters: Record<string, string[]>,
): Promise<PagefindResult[]> {
  if (Object.values(filters).every((values) => values.length === 0)) return results;
  const { table, pageOf } = await loadFilterTable();
  const passes = pageFilter(table, filters);
  return results.filter((result) => {
    const page = pageOf(result.id);
    return page !== undefined && passes(page);
  });
}

/** Loads the index chunks that Pagefind would otherwise skip (see src/lib/search/chunks.ts). */
async function preloadSpilledChunks(pagefind: Pagefind, rewritten: string): Promise<void> {
  const starts = await loadChunkStarts();
  const terms = rewritten.split(' ').filter(Boolean);
  await Promise.all(
    terms.flatMap((term) => spilledChunkStarts(term, starts)).map((start) => pagefind.preload(start)),
  );
}

interface PageFragment {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

function toHit(data: PageFragment): SearchHit {
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    type: data.meta['type'] ?? '',
    summary: data.meta['summary'] ?? '',
    excerpt: data.excerpt,
    content: data.content,
    filters: data.filters ?? {},
    dates: data.meta['dates'] ?? '',
    edition: data.meta['edition'],
    family: data.meta['family'],
  };
}

function pageText(data: PageFragment): string {
  return `${data.meta['title'] ?? data.url} ${data.meta['names'] ?? ''} ${data.meta['summary'] ?? ''} ${data.content}`;
}

function pinyinKeysOf(data: PageFragment): string[] {
  return (data.meta['pinyin'] ?? '').split(' ').filter(Boolean);
}

/** Pages holding `folded` literally (every word of it), names and titles first. */
async function literalTier(
  pagefind: Pagefind,
  folded: string,
  filters: Record<string, string[]>,
  limit: number,
): Promise<{
  rewritten: string;
  total: number;
  approximate: boolean;
  matched: number;
  hits: SearchHit[];
  pages: string[];
}> {
  const rewritten = rewriteQuery(folded);
  await preloadSpilledChunks(pagefind, rewritten);
  const results = await withFilters((await pagefind.search(rewritten || null)).results, filters);
  // Check results in order against the literal query; read twice a page's worth, so that exact
  // names further down can still be lifted to the top.
  const verified: { hit: SearchHit; order: number; rank: number }[] = [];
  const window = results.slice(0, limit * 2);
  // Fetched together: one after another, twenty fragments cost twenty round trips.
  const fragments = await Promise.all(window.map((result) => result.data()));
  for (const [order, data] of fragments.entries()) {
    const keys = pinyinKeysOf(data);
    if (rewritten && !matchesLiterally(folded, pageText(data), keys)) continue;
    const hit = toHit(data);
    const names = (data.meta['names'] ?? '').split(' ').filter(Boolean);
    verified.push({ hit, order, rank: nameRank(folded, hit.title, names, keys) });
  }
  const hits = verified
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map(({ hit }) => hit);
  const exhausted = window.length >= results.length;
  const pages = results.map((result) => result.id);
  const total =
    exhausted || window.length === 0
      ? verified.length
      : Math.round((verified.length / window.length) * results.length);
  return { rewritten, total, approximate: !exhausted, matched: results.length, hits, pages };
}

/**
 * The "most words" tier: every unit (word or character pair) searched on its own, pages ranked by
 * how many units they hold, a unit in the title or names counting twice as much as one in the text.
 */
async function coverageTier(
  pagefind: Pagefind,
  words: readonly string[],
  filters: Record<string, string[]>,
  limit: number,
): Promise<{
  rewritten: string;
  total: number;
  hits: SearchHit[];
  matched: number;
  pages: string[];
  complete: boolean;
}> {
  const units = coverageUnits(words, segmentWord);
  await Promise.all(units.map((unit) => preloadSpilledChunks(pagefind, unit)));
  const searches = await Promise.all(
    units.map(async (unit) => withFilters((await pagefind.search(unit)).results, filters)),
  );
  const candidates = new Map<string, { result: PagefindResult; count: number; order: number }>();
  for (const results of searches) {
    for (const [order, result] of results.entries()) {
      const seen = candidates.get(result.id);
      if (seen) {
        seen.count += 1;
        seen.order = Math.min(seen.order, order);
      } else candidates.set(result.id, { result, count: 1, order });
    }
  }
  const window = [...candidates.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, limit * 3);
  const fragments = await Promise.all(window.map(({ result }) => result.data()));
  const scored = fragments
    .map((data, order) => {
      const text = pageText(data).toLowerCase();
      const heading = `${data.meta['title'] ?? ''} ${data.meta['names'] ?? ''}`.toLowerCase();
      const keys = pinyinKeysOf(data);
      let score = 0;
      let covered = 0;
      for (const unit of units) {
        if (heading.includes(unit)) score += 2;
        else if (text.includes(unit) || keys.some((key) => key.startsWith(unit))) score += 1;
        else continue;
        covered += 1;
      }
      return { hit: toHit(data), score, covered, order };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.covered - a.covered || b.score - a.score || a.order - b.order);
  return {
    complete: scored.length > 0 && scored[0]?.covered === units.length,
    rewritten: units.join(' '),
    total: scored.length,
    matched: candidates.size,
    pages: [...candidates.keys()],
    hits: scored.slice(0, limit).map(({ hit }) => hit),
  };
}

/**
 * Results in tiers, so that a page sharing a meaningful word is never hidden behind "nothing":
 * the query as typed (and, for Latin letters, its pinyin readings), then all its meaningful words
 * (particles and question words dropped), then pages holding most of its words.
 */
export async function search(
  query: string,
  filters: Record<string, string[]> = {},
  limit = 10,
): Promise<SearchOutcome> {
  const outcome = await searchInTiers(query, filters, limit);
  // The index folds 繁體 to simplified: the query's own script decides which edition comes first.
  const edition = editionForQuery(containsAny(query.normalize('NFKC'), FOLDABLE));
  return { ...outcome, hits: preferEdition(outcome.hits, edition) };
}

async function searchInTiers(
  query: string,
  filters: Record<string, string[]>,
  limit: number,
): Promise<SearchOutcome> {
  const pagefind = await loadEngine();
  const folded = await fold(query);
  // Spaced pinyin (su qian) is read joined first: as separate prefixes it matches stray syllables.
  const readings = pinyinReadings(folded);
  for (const reading of folded.trim().includes(' ') ? readings : []) {
    const found = await literalTier(pagefind, reading, filters, limit);
    if (found.total > 0) return { query, tier: 'phrase', ...found };
  }
  const phrase = await literalTier(pagefind, folded, filters, limit);
  if (phrase.total > 0 || !phrase.rewritten) return { query, tier: 'phrase', ...phrase };
  for (const reading of folded.trim().includes(' ') ? [] : readings) {
    const found = await literalTier(pagefind, reading, filters, limit);
    if (found.total > 0) return { query, tier: 'phrase', ...found };
  }
  const words = meaningfulWords(folded);
  if (words.length === 0) return { query, tier: 'phrase', ...phrase };
  const { complete, ...some } = await coverageTier(pagefind, words, filters, limit);
  if (some.total === 0) {
    // A near miss (向羽, 泗洲戏): the one name it most likely meant, searched instead of nothing.
    const meant = correction(words.join(''), await loadSuggestData());
    const found = meant ? await literalTier(pagefind, meant.name, filters, limit) : undefined;
    if (meant && found && found.total > 0) return { query, tier: 'some', corrected: meant.name, ...found };
  }
  return { query, tier: complete ? 'all' : 'some', approximate: false, ...some };
}

const segmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** Chromium's segmenter splits most local names into characters; coverageUnits pairs them again. */
function segmentWord(word: string): string[] {
  if (!segmenter) return [word];
  return Array.from(segmenter.segment(word), (piece) => piece.segment);
}

let filterTable:
  Promise<{ table: FacetTable; pageOf: (id: string) => number | undefined; all: Counts }> | undefined;

/** Every page's filter values (src/lib/search/facet-table.ts), fetched once, after the first results. */
function loadFilterTable() {
  filterTable ??= fetch(`${base}pagefind/filter-table.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`筛选表 ${response.status}`);
      return response.json() as Promise<FacetTable>;
    })
    .then((table) => ({ table, pageOf: pageNumbers(table), all: countAll(table) }));
  // A failed fetch may be tried again with the next search.
  filterTable.catch(() => (filterTable = undefined));
  return filterTable;
}

/** How many of the pages a search matched have each filter value, and how many in the whole index. */
export async function facetCounts(pages: readonly string[]): Promise<FacetCounts> {
  const { table, pageOf, all } = await loadFilterTable();
  return { filters: countFacets(table, pages, pageOf), allFilters: all };
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
