/**
 * Writes `file.br` and `file.gz` beside every compressible file in `dist/` at the end of the
 * build, so that a server (nginx `brotli_static`/`gzip_static`) or a bucket sends compressed bytes
 * without compressing on each request. Runs last, after Pagefind and the sitemap have written
 * their files. ARCHIVE_PRECOMPRESS=0 leaves them out (GitHub Pages compresses on its own, and the
 * copies would count against its 1 GB). Compressed copies are cached by the hash of the file, so a
 * rebuild compresses only the files that changed.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFile, link, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { CacheFolder } from '../../render/cache-folder.ts';

/** Text formats the site writes; images, fonts and Pagefind's files are compressed already. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.svg',
  '.txt',
  '.csv',
  '.bib',
  '.ris',
  '.webmanifest',
]);

/** Below this a compressed copy saves less than a network packet. */
export const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export function precompressEnabled(): boolean {
  return process.env['ARCHIVE_PRECOMPRESS'] !== '0';
}

async function* walk(folder: string): AsyncGenerator<string> {
  for (const item of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, item.name);
    if (item.isDirectory()) yield* walk(path);
    else if (item.isFile()) yield path;
  }
}

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Both compressed forms of `source` as files in the cache folder, made now if no earlier build did. */
async function cachedForms(source: Buffer, cache: CacheFolder): Promise<[string, string]> {
  const stem = createHash('sha1').update(source).digest('hex');
  const [br, gz] = [cache.path(`${stem}.br`), cache.path(`${stem}.gz`)];
  if (cache.has(`${stem}.br`) && cache.has(`${stem}.gz`)) return [br, gz];
  const made = await compress(source);
  await Promise.all([writeFile(br, made[0]), writeFile(gz, made[1])]);
  return [br, gz];
}

/**
 * Puts a cached file into `dist/` as a hard link: no bytes are read or written, which at 10,000
 * pages is most of a rebuild's compression step. Nothing changes a file in place afterwards (a
 * build empties `dist/` first), so sharing it with the cache is safe; across file systems, a copy.
 */
async function linkInto(cached: string, destination: string): Promise<void> {
  try {
    await link(cached, destination);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await rm(destination);
      await link(cached, destination);
    } else if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP')
      await copyFile(cached, destination);
    else throw error;
  }
}

async function compress(source: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    brotli(source, {
      params: {
        // Measured on the home page: quality 11 is about 10× slower than 6 for 8 % fewer bytes;
        // at 10,000 entries that is minutes of build time for little. On the starter archive's
        // pages quality 5 writes 0.3 % more bytes than 6 for a third less CPU time.
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
    // Level 9 wrote the same bytes as the default 6 (to 0.4 %) for 1.6× the CPU time.
    gzipAsync(source, { level: 6 }),
  ]);
}

/** Compresses one file; a copy that would not be smaller is not written. */
async function compressFile(path: string, totals: PrecompressResult, cache?: CacheFolder): Promise<void> {
  const source = await readFile(path);
  if (source.length < MIN_BYTES) return;
  totals.files += 1;
  totals.bytes += source.length;
  const [br, gz] = cache ? await cachedForms(source, cache) : await compress(source);
  const forms = [
    { form: br, suffix: '.br', total: 'brotliBytes' },
    { form: gz, suffix: '.gz', total: 'gzipBytes' },
  ] as const;
  for (const { form, suffix, total } of forms) {
    const size = typeof form === 'string' ? (await stat(form)).size : form.length;
    if (size >= source.length) continue;
    if (typeof form === 'string') await linkInto(form, `${path}${suffix}`);
    else await writeFile(`${path}${suffix}`, form);
    totals[total] += size;
  }
}

/**
 * Compresses every compressible file under `folder`, a few at a time (zlib works on its threads),
 * keeping the compressed forms in `cacheDir` for the next build.
 */
export async function precompressFolder(folder: string, cacheDir?: string): Promise<PrecompressResult> {
  const concurrency = 8;
  const totals: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const cache = cacheDir ? new CacheFolder(cacheDir) : undefined;
  const running = new Set<Promise<void>>();
  for await (const path of walk(folder)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    const task: Promise<void> = compressFile(path, totals, cache).finally(() => running.delete(task));
    running.add(task);
    if (running.size >= concurrency) await Promise.race(running);
  }
  await Promise.all(running);
  cache?.prune();
  return totals;
}

export default function precompress(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'precompress',
    hooks: {
      'astro:config:setup': ({ config }) => {
        cacheDir = fileURLToPath(new URL('xiangxian-compressed/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!precompressEnabled()) return;
        const started = performance.now();
        const result = await precompressFolder(fileURLToPath(dir), cacheDir);
        const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
        logger.info(
          `预压缩 ${result.files} 个文件（${mb(result.bytes)} MB → br ${mb(result.brotliBytes)} MB，` +
            `gz ${mb(result.gzipBytes)} MB），用时 ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
