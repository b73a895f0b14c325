/**
 * `npm run bench [-- 1000 10000]`: builds synthetic archives of N entries with this site and with
 * a bare Astro + MDX + Pagefind site (the same entries, one plain page each, no features), and
 * prints build time, pages per second, peak memory, output and index size, bytes loaded before
 * and during the first search, and search latency in Chromium. Ratios compare the two builds of
 * the same run on the same machine, then `dist/` by kind of file and the build log's timing of each
 * of the site's own steps. Not a test: numbers, not verdicts.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { listFiles, sizeByKind, sizeReport } from './deploy/dist-size.ts';
import { writeSyntheticArchive } from './generate-fixtures.ts';

const ROOT = process.cwd();
const ASTRO = join(ROOT, 'node_modules', '.bin', 'astro');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const QUERIES = ['运河', '乡', '王文', '县志', '河堤', '书院', '义学', '清代', '水利', '小楷'];

interface BuildFigures {
  seconds: number;
  peakMegabytes: number;
  pages: number;
  distMegabytes: number;
  indexMegabytes: number;
  indexFiles: number;
  /** `dist/` by kind of file, as the deploy check reports it. */
  distReport: string;
  /** The build log's lines that time one of the site's own steps (share images, search index …). */
  steps: string[];
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeResidentBytes(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  const visit = (id: number) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      // Ended.
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ seconds: number; peakMegabytes: number; steps: string[] }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    let errors = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const sampler = setInterval(
      () => (peak = Math.max(peak, child.pid ? treeResidentBytes(child.pid) : 0)),
      250,
    );
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed:\n${errors.slice(-2000)}`));
      else
        resolve({
          seconds: (performance.now() - started) / 1000,
          peakMegabytes: peak / 1024 / 1024,
          steps: [
            ...output
              .replace(/\x1b\[[0-9;]*m/g, '')
              .split('\n')
              .filter((line) => /用时|built in/.test(line)),
            `照搬上次构建的文件（Astro 增量构建）：${output.match(/\((?:cached|restored)\)/g)?.length ?? 0} 个`,
          ],
        });
    });
  });
}

function folderBytes(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(folder, name));
    if (stats.isFile()) {
      bytes += stats.size;
      files++;
    }
  }
  return { bytes, files };
}

function figures(
  outDir: string,
  measured: { seconds: number; peakMegabytes: number; steps: string[] },
): BuildFigures {
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((n) =>
    n.endsWith('.html'),
  ).length;
  const index = folderBytes(join(outDir, 'pagefind'));
  return {
    ...measured,
    pages,
    distMegabytes: folderBytes(outDir).bytes / 1024 / 1024,
    indexMegabytes: index.bytes / 1024 / 1024,
    indexFiles: index.files,
    distReport: sizeReport(sizeByKind(listFiles(outDir))).text,
  };
}

/** What an editor's typical change is: one more sentence in one entry's text. */
function editOneEntry(content: string): void {
  const folder = join(content, 'worthies');
  const [first] = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  if (!first) throw new Error(`${folder} has no entries`);
  const file = join(folder, first);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n（校订时补记一句。）\n`);
}

/** A cold build starts without Astro's caches (content store, share images); a warm one keeps them. */
async function buildFull(
  content: string,
  work: string,
  cold: boolean,
  entryImages = true,
): Promise<BuildFigures> {
  if (cold) rmSync(join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
  // A warm build writes into the same folder as the cold one before it, as a build server does:
  // Astro's incremental build copies the pages that did not change from there and from its cache.
  const outDir = join(work, entryImages ? 'full' : 'full-no-images');
  // BENCH_CPU_PROF=<folder> writes a V8 CPU profile of each of this site's builds (open it in
  // Chrome's DevTools, Performance panel) to see which steps the time goes to.
  const profile = process.env['BENCH_CPU_PROF'];
  const flags = profile ? ['--cpu-prof', '--cpu-prof-dir', join(profile, basename(outDir))] : [];
  const measured = await run(NODE, [...flags, ASTRO, 'build', '--outDir', outDir], ROOT, {
    ARCHIVE_CONTENT_DIR: content,
    ARCHIVE_ENTRY_IMAGES: entryImages ? '1' : '0',
    SITE_URL: 'https://bench.example.org',
  });
  return figures(outDir, measured);
}

/** A bare Astro + MDX + Pagefind site over the same entries: one plain page each, no features. */
function writeBareSite(content: string, work: string): string {
  const root = join(work, 'bare');
  mkdirSync(join(root, 'src', 'pages', '[collection]'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  mkdirSync(join(root, 'src', 'components'), { recursive: true });
  writeFileSync(join(root, 'src', 'components', 'Aside.astro'), '<aside><slot /></aside>\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
const search = { name: 'pagefind', hooks: { 'astro:build:done': async ({ dir }) => {
  const { index } = await pagefind.createIndex({});
  await index.addDirectory({ path: fileURLToPath(dir) });
  await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
  await pagefind.close();
} } };
export default defineConfig({ integrations: [mdx(), search] });
`,
  );
  const loaders = ['worthies', 'places', 'heritage', 'studies']
    .map(
      (name) =>
        `  ${name}: defineCollection({ loader: glob({ pattern: '**/*.${name === 'places' ? 'yaml' : 'mdx'}', base: ${JSON.stringify(join(content, name))} }) }),`,
    )
    .join('\n');
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = {\n${loaders}\n};\n`,
  );
  writeFileSync(
    join(root, 'src', 'pages', '[collection]', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Aside from '../../components/Aside.astro';
export async function getStaticPaths() {
  const names = ['worthies', 'places', 'heritage', 'studies'] as const;
  const all = (await Promise.all(names.map((name) => getCollection(name)))).flat();
  return all.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const data = entry.data as Record<string, string>;
const Body = entry.collection === 'places' ? undefined : (await render(entry)).Content;
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>{data.name ?? data.title}</title></head>
<body><main data-pagefind-body><h1>{data.name ?? data.title}</h1><p>{data.summary}</p>{Body ? <Body components={{ Aside }} /> : <p>{data.description}</p>}</main></body></html>
`,
  );
  return root;
}

async function buildBare(content: string, work: string): Promise<BuildFigures> {
  const root = writeBareSite(content, work);
  const measured = await run(NODE, [ASTRO, 'build'], root, {});
  return figures(join(root, 'dist'), measured);
}

interface SearchFigures {
  startupKilobytes: number;
  startupGzipKilobytes: number;
  firstQueryKilobytes: number;
  firstQueryGzipKilobytes: number;
  facetGzipKilobytes: number;
  firstMilliseconds: number;
  warmMilliseconds: number;
}

async function searchFigures(outDir: string): Promise<SearchFigures> {
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  const page = await browser.newPage();
  const loaded: { address: string; raw: number; gzip: number }[] = [];
  const seen = new Set<string>();
  page.on('response', async (response) => {
    // A file fetched again costs nothing on a server that allows caching; Pagefind's
    // cache-busting ?ts= is not a new file.
    const address = response.url().replace(/\?ts=\d+$/, '');
    if (seen.has(address)) return;
    seen.add(address);
    try {
      const body = await response.body();
      loaded.push({ address, raw: body.length, gzip: Math.min(body.length, gzipSync(body).length) });
    } catch {
      // Redirects and the like have no body.
    }
  });
  const sum = (list: typeof loaded, key: 'raw' | 'gzip') =>
    list.reduce((total, item) => total + item[key], 0) / 1024;
  const settle = () => page.waitForTimeout(300);
  const searchOnce = async (query: string) => {
    await page.getByRole('searchbox', { name: '搜索词' }).fill(query);
    await page.getByRole('searchbox', { name: '搜索词' }).press('Enter');
    await page.waitForFunction(
      (q) =>
        document.querySelector('archive-search')?.getAttribute('data-rewritten') !== null &&
        new URLSearchParams(location.search).get('q') === q &&
        !document.querySelector('archive-search')?.hasAttribute('aria-busy'),
      query,
    );
    return Number(await page.locator('archive-search').getAttribute('data-milliseconds'));
  };
  await page.goto(`${server.url}/search/`);
  await page.waitForLoadState('networkidle');
  await settle();
  const startup = [...loaded];
  const firstTerm = QUERIES[0] ?? '运河';
  const first = await searchOnce(firstTerm);
  // The filter counts come from the filter table (pagefind/filter-table.json), fetched once the
  // results are shown; counted apart from what the results needed.
  await page.waitForFunction(
    (q) => document.querySelector('archive-search')?.getAttribute('data-facets') === q,
    firstTerm,
  );
  await settle();
  const isFacet = (item: (typeof loaded)[number]) => /\/pagefind\/filter-table\.json$/.test(item.address);
  const firstQuery = loaded.slice(startup.length).filter((item) => !isFacet(item));
  const facets = loaded.slice(startup.length).filter(isFacet);
  for (const query of QUERIES.slice(1)) await searchOnce(query);
  const warm: number[] = [];
  for (const query of QUERIES) warm.push(await searchOnce(query));
  warm.sort((a, b) => a - b);
  await browser.close();
  await server.close();
  return {
    startupKilobytes: sum(startup, 'raw'),
    startupGzipKilobytes: sum(startup, 'gzip'),
    firstQueryKilobytes: sum(firstQuery, 'raw'),
    firstQueryGzipKilobytes: sum(firstQuery, 'gzip'),
    facetGzipKilobytes: sum(facets, 'gzip'),
    firstMilliseconds: first,
    warmMilliseconds: warm[Math.floor(warm.length / 2)] ?? 0,
  };
}

// `--search <dist folder>` measures only the search, on a site already built.
const searchOnly = process.argv.indexOf('--search');
if (searchOnly > 0) {
  const folder = process.argv[searchOnly + 1];
  if (!folder || !existsSync(join(folder, 'pagefind')))
    throw new Error('--search 后面应是构建好的 dist 目录');
  const search = await searchFigures(folder);
  console.table({
    '启动载入 KB（gzip）': search.startupGzipKilobytes.toFixed(1),
    '首次查询 KB（gzip）': search.firstQueryGzipKilobytes.toFixed(1),
    '首查+启动 KB（gzip）': (search.startupGzipKilobytes + search.firstQueryGzipKilobytes).toFixed(1),
    '首次查询 ms': search.firstMilliseconds,
    '热查询中位 ms': search.warmMilliseconds,
  });
  process.exit(0);
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
// `--without-entry-images` leaves out the cold build that draws every entry's images (most of a
// run at 10,000 entries); the rebuild then starts from the build without them.
const withEntryImages = !process.argv.includes('--without-entry-images');
const runs = sizes.length > 0 ? sizes : [1000, 10000];
const rows: Record<string, string | number>[] = [];
const details: string[] = [];
for (const entries of runs) {
  const work = mkdtempSync(join(tmpdir(), `xiangxian-bench-${entries}-`));
  const content = writeSyntheticArchive(entries, join(work, 'content'));
  process.stderr.write(`${entries} 条：不画逐条分享图，从头构建……\n`);
  const noImages = await buildFull(content, work, true, false);
  if (withEntryImages) process.stderr.write(`${entries} 条：构建本站……\n`);
  const full = withEntryImages ? await buildFull(content, work, true) : undefined;
  process.stderr.write(`${entries} 条：改一条的正文，再构建一次（缓存保留）……\n`);
  editOneEntry(content);
  const warm = await buildFull(content, work, false, withEntryImages);
  process.stderr.write(`${entries} 条：构建对照站（Astro + MDX + Pagefind，无功能）……\n`);
  const bare = await buildBare(content, work);
  process.stderr.write(`${entries} 条：在 Chromium 里测搜索……\n`);
  const site = full ?? noImages;
  const search = await searchFigures(join(work, full ? 'full' : 'full-no-images'));
  const fmt = (n: number, digits = 1) => Number(n.toFixed(digits));
  rows.push({
    条目: entries,
    '本站构建 s': full ? fmt(full.seconds) : '—',
    '对照构建 s': fmt(bare.seconds),
    构建时间比: full ? fmt(full.seconds / bare.seconds, 2) : '—',
    '重建 s（缓存）': fmt(warm.seconds),
    重建时间比: fmt(warm.seconds / bare.seconds, 2),
    '不含逐条分享图 s': fmt(noImages.seconds),
    不含分享图时间比: fmt(noImages.seconds / bare.seconds, 2),
    '本站页/秒': fmt(site.pages / site.seconds),
    '对照页/秒': fmt(bare.pages / bare.seconds),
    '本站峰值内存 MB': Math.round(site.peakMegabytes),
    '对照峰值内存 MB': Math.round(bare.peakMegabytes),
    内存比: fmt(site.peakMegabytes / bare.peakMegabytes, 2),
    本站页面数: site.pages,
    'dist MB': fmt(site.distMegabytes),
    '对照 dist MB': fmt(bare.distMegabytes),
    '索引 MB': fmt(site.indexMegabytes, 2),
    索引文件数: site.indexFiles,
    '对照索引 MB': fmt(bare.indexMegabytes, 2),
    '启动载入 KB（gzip）': `${fmt(search.startupKilobytes)}（${fmt(search.startupGzipKilobytes)}）`,
    '首次查询 KB（gzip）': `${fmt(search.firstQueryKilobytes)}（${fmt(search.firstQueryGzipKilobytes)}）`,
    '首查+启动 KB（gzip）': fmt(search.startupGzipKilobytes + search.firstQueryGzipKilobytes),
    '随后筛选计数 KB（gzip）': fmt(search.facetGzipKilobytes),
    '首次查询 ms': search.firstMilliseconds,
    '热查询中位 ms': search.warmMilliseconds,
  });
  details.push(
    ...(full
      ? [`${entries} 条，本站从头构建：\n${full.distReport}\n各步用时：\n  ${full.steps.join('\n  ')}`]
      : []),
    `${entries} 条，改一条后再构建，各步用时：\n  ${warm.steps.join('\n  ')}`,
    `${entries} 条，不画逐条分享图：\n${noImages.distReport}\n各步用时：\n  ${noImages.steps.join('\n  ')}`,
  );
  rmSync(work, { recursive: true, force: true });
}
console.log(details.join('\n\n'));
console.table(rows);
const versions = execFileSync(NODE, ['-e', 'console.log(process.version)']).toString().trim();
console.log(
  `Node ${versions}，${existsSync('/proc/cpuinfo') ? (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? '') : ''}，${readdirSync('/sys/devices/system/cpu').filter((n) => /^cpu\d+$/.test(n)).length} 核`,
);
