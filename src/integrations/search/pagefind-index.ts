/**
 * The search index, built in `astro:build:done` through Pagefind's Node API from the pages in
 * `dist/` that mark their content with `data-pagefind-body` (entry pages), after the Chinese
 * preparation in src/lib/search. Writes `dist/pagefind/`, with the pages renamed to short ids
 * that keep the metadata small (src/lib/search/pagefind-meta.ts), plus `chunk-starts.json`, which
 * the browser uses to work around Pagefind's chunk-loading bug (see src/lib/search/chunks.ts), and
 * `filter-table.json`, every page's filter values for the counts (src/lib/search/facet-table.ts).
 * Prepared pages are cached by the hash of the page and the synonyms, so a rebuild prepares only
 * the pages that changed (and loads the OpenCC dictionaries only if one did).
 */
import * as OpenCC from 'opencc-js/t2cn';
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { facetTable, type FacetTable } from '../../lib/search/facet-table.ts';
import {
  chunkStarts,
  PAGES_PER_SET,
  pagesAndFilters,
  readFilterIndex,
  shortenPageIds,
} from '../../lib/search/pagefind-meta.ts';
import { foldableCharacters, preparePageForSearch } from '../../lib/search/prepare-page.ts';
import type { Synonym } from '../../lib/search/vocabulary.ts';
import { CacheFolder } from '../../render/cache-folder.ts';

export interface SearchIndexReport {
  pages: number;
  chunks: number;
  milliseconds: number;
}

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step} 失败：${errors.join('; ')}`);
}

/** How many pages are sent to Pagefind before waiting for one to be indexed. */
const PAGES_IN_FLIGHT = 64;

/** Changes whenever preparation does; part of every cache key. */
const PREPARATION = 'prepare-page 2';

/** Prepares pages for the index, from the cache where it can. */
function pagePreparer(cacheDir: string | undefined, synonyms: readonly Synonym[]) {
  let chinese: { toSimplified: (text: string) => string; foldable: Set<string> } | undefined;
  const prepare = (html: string) => {
    chinese ??= (() => {
      const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
      return { toSimplified, foldable: foldableCharacters(toSimplified) };
    })();
    return preparePageForSearch(html, chinese.toSimplified, chinese.foldable, synonyms);
  };
  if (!cacheDir) return { prepare, prune: () => undefined };
  const cache = new CacheFolder(cacheDir);
  const salt = `${PREPARATION}|${JSON.stringify(synonyms)}|`;
  return {
    prepare(html: string): string {
      const name = `${createHash('sha1').update(salt).update(html).digest('hex')}.html`;
      if (cache.has(name)) return readFileSync(cache.path(name), 'utf8');
      const prepared = prepare(html);
      writeFileSync(cache.path(name), prepared);
      return prepared;
    },
    prune(): void {
      cache.prune();
    },
  };
}

const digest = (data: string | Uint8Array, length: number) =>
  createHash('sha256').update(data).digest('hex').slice(0, length);

/**
 * Renames the pages in Pagefind's metadata to short ids (see `shortenPageIds`) and their
 * fragment files to match, then writes the metadata under a name that is its own digest, as
 * Pagefind does. Returns the new metadata, decompressed.
 */
function shortenFragmentNames(outputPath: string): Uint8Array {
  const entryFile = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const languages = Object.entries(entry.languages);
  const [language, about] = languages[0] ?? [];
  if (!language || !about || languages.length > 1)
    throw new Error(`Pagefind 应当只写出一种语言的索引，实际 ${languages.length} 种`);
  const metaFile = (hash: string) => join(outputPath, `pagefind.${hash}.pf_meta`);
  const original = gunzipSync(readFileSync(metaFile(about.hash)));
  const { meta, renamed } = shortenPageIds(original, (hashes) => digest(hashes.join(' '), 8));
  for (const set of new Set(renamed.map(([, id]) => dirname(id))))
    mkdirSync(join(outputPath, 'fragment', set), { recursive: true });
  for (const [from, to] of renamed)
    renameSync(
      join(outputPath, 'fragment', `${from}.pf_fragment`),
      join(outputPath, 'fragment', `${to}.pf_fragment`),
    );
  rmSync(metaFile(about.hash));
  about.hash = `${language}_${digest(meta, 10)}`;
  writeFileSync(metaFile(about.hash), gzipSync(meta, { level: 9 }));
  writeFileSync(entryFile, JSON.stringify(entry));
  return meta;
}

/** Every page's filter values, for the search page's counts (see src/lib/search/facet-table.ts). */
function filterTable(outputPath: string, meta: Uint8Array): FacetTable {
  const { pageIds, filterFiles } = pagesAndFilters(meta);
  const indexes = filterFiles.map(([, hash]) =>
    readFilterIndex(gunzipSync(readFileSync(join(outputPath, 'filter', `${hash}.pf_filter`)))),
  );
  return facetTable(pageIds, indexes, PAGES_PER_SET);
}

/**
 * `synonyms` are the archive's everyday words (content/search-synonyms.yaml), added at index
 * time; `cacheDir` keeps prepared pages between builds.
 */
export async function buildSearchIndex(
  outDir: string,
  base: string,
  synonyms: readonly Synonym[] = [],
  cacheDir?: string,
): Promise<SearchIndexReport> {
  const started = performance.now();
  const preparer = pagePreparer(cacheDir, synonyms);
  const created = await pagefind.createIndex({ forceLanguage: 'zh' });
  check('建立索引', created.errors);
  const { index } = created;
  if (!index) throw new Error('Pagefind 没有返回索引');
  try {
    let pages = 0;
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.html'))
      .sort();
    // Pages go to Pagefind's process many at a time, so it indexes while the next ones are read
    // (10,000 pages: 28 → 19 s). Pagefind orders pages itself: the index is the same either way.
    const running = new Set<Promise<void>>();
    // Collected rather than thrown, so that no page's failure is left unawaited.
    const failures: string[] = [];
    for (const name of files) {
      const html = readFileSync(join(outDir, name), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const path = name.split(sep).join('/');
      const url = `${base}${path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path}`;
      const task: Promise<void> = index
        .addHTMLFile({ url, content: preparer.prepare(html) })
        .then(
          (added) => {
            failures.push(...added.errors.map((error) => `${url}：${error}`));
          },
          (error: unknown) => {
            failures.push(`${url}：${String(error)}`);
          },
        )
        .finally(() => running.delete(task));
      running.add(task);
      if (running.size >= PAGES_IN_FLIGHT) await Promise.race(running);
      pages++;
    }
    await Promise.all(running);
    check('加入页面', failures);
    const outputPath = join(outDir, 'pagefind');
    // A rebuild into the same folder must not keep the last build's fragments beside the new ones.
    rmSync(outputPath, { recursive: true, force: true });
    check('写出索引', (await index.writeFiles({ outputPath })).errors);
    const meta = shortenFragmentNames(outputPath);
    const starts = chunkStarts(meta);
    writeFileSync(join(outputPath, 'chunk-starts.json'), JSON.stringify(starts));
    writeFileSync(join(outputPath, 'filter-table.json'), JSON.stringify(filterTable(outputPath, meta)));
    preparer.prune();
    return { pages, chunks: starts.length, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
