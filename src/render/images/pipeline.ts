/**
 * Turns share-image jobs into JPEG files (drawn by ./draw.ts). Every result is cached on disk
 * under the hash of everything that decides it (the element tree, the picture's bytes, the
 * renderer's versions and the font files), so an unchanged card is never drawn twice and a change
 * of wording redraws only the images that show it; the font is subset once, to the characters of
 * the images still to draw. A build draws on a pool of worker threads, one per core.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShareModel } from '../../lib/share-images/model.ts';
import { textOf } from '../../lib/share-images/nodes.ts';
import { drawImage, ENCODING, treeOf, type DrawJob } from './draw.ts';
import { FONT_FILES, subsetFonts, type SatoriFont } from './fonts.ts';
import { CacheFolder } from '../cache-folder.ts';
import { stats } from './stats.ts';

export interface ShareImageJob {
  /** Output path relative to the site root, e.g. 'og/worthies/xiang-yu.jpg'. */
  path: string;
  kind: 'card' | 'poster';
  model: ShareModel;
  /** File of the entry's picture, when it has one. */
  picture?: string | undefined;
}

/** Changes whenever the drawing machinery does; part of every cache key. */
const RENDERER = [
  'satori 0.63.2',
  'resvg 2.6.2',
  ...Object.values(FONT_FILES),
  'picture 720 q82',
  ENCODING,
].join('|');
/** A stand-in for the picture while hashing: the picture's own bytes are hashed instead. */
const PICTURE_PLACEHOLDER = 'picture:';

interface Planned {
  job: ShareImageJob;
  key: string;
}

function plan(job: ShareImageJob): Planned {
  const hash = createHash('sha256').update(RENDERER);
  const placeholder = job.picture ? { src: PICTURE_PLACEHOLDER, width: 1, height: 1 } : undefined;
  hash.update(JSON.stringify(treeOf(job, placeholder)));
  if (job.picture) hash.update(readFileSync(job.picture));
  return { job, key: hash.digest('hex').slice(0, 32) };
}

/** Fewer images than this are drawn in the build's own thread: starting workers costs more. */
const POOL_FROM = 8;
/**
 * The worker runs ./draw-worker.ts from the source tree, which needs a Node that strips types
 * (the pinned Node 24 does); on another Node everything is drawn in the build's own thread.
 */
const WORKER_FILE = 'src/render/images/draw-worker.ts';

/** Draws `jobs` on one worker thread per core; resolves when every file is written. */
async function drawOnPool(jobs: DrawJob[], fonts: SatoriFont[], root: string): Promise<void> {
  const queue = jobs.map((job, id) => ({ id, job }));
  const lanes = Math.max(1, Math.min(availableParallelism(), queue.length));
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      const worker = new Worker(join(root, WORKER_FILE), { workerData: { fonts } });
      try {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { id, job } = next;
          await new Promise<void>((resolve, reject) => {
            const fail = (error: Error) => {
              reject(error);
            };
            worker.once('error', fail);
            worker.once('message', (answer: { id: number; error?: string }) => {
              worker.off('error', fail);
              if (answer.id !== id || answer.error)
                reject(new Error(answer.error ?? `分享图片 ${id} 没有画成`));
              else resolve();
            });
            worker.postMessage({ id, job });
          });
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
}

export class ShareImagePipeline {
  readonly #cache: CacheFolder;
  readonly #root: string;
  readonly #planned: Map<string, Planned>;
  #prepared: Promise<void> | undefined;

  constructor(jobs: readonly ShareImageJob[], options: { cacheDir: string; root: string }) {
    this.#cache = new CacheFolder(options.cacheDir);
    this.#root = options.root;
    const started = performance.now();
    this.#planned = new Map(jobs.map((job) => [job.path, plan(job)]));
    const elapsed = performance.now() - started;
    stats().hashMs += elapsed;
    stats().ms += elapsed;
  }

  /** Every image's path and the key of its cached file, which changes whenever the image would. */
  get images(): { path: string; key: string }[] {
    return [...this.#planned.values()].map(({ job, key }) => ({ path: job.path, key }));
  }

  #file(key: string): string {
    return this.#cache.path(`${key}.jpg`);
  }

  /** Draws every image not in the cache yet and records how long it took. */
  prepareAll(): Promise<void> {
    this.#prepared ??= this.#draw([...this.#planned.values()]);
    return this.#prepared;
  }

  /** The JPEG of one image; in a build every image is drawn first, in dev only the one asked for. */
  async bytes(path: string, options: { all: boolean }): Promise<Buffer> {
    const planned = this.#planned.get(path);
    if (!planned) throw new Error(`没有这张分享图片：${path}`);
    await (options.all ? this.prepareAll() : this.#draw([planned]));
    return readFileSync(this.#file(planned.key));
  }

  async #draw(all: Planned[]): Promise<void> {
    const started = performance.now();
    const missing = all.filter((p) => !this.#cache.has(`${p.key}.jpg`));
    const record = stats();
    record.images += all.length;
    record.cards += all.filter((p) => p.job.kind === 'card').length;
    record.posters += all.filter((p) => p.job.kind === 'poster').length;
    record.cached += all.length - missing.length;
    if (missing.length > 0) {
      const fontStarted = performance.now();
      const fonts = await subsetFonts(missing.map((p) => textOf(treeOf(p.job))).join(''), this.#root);
      record.fontMs += performance.now() - fontStarted;
      const jobs = missing.map(({ job, key }) => ({
        kind: job.kind,
        model: job.model,
        picture: job.picture,
        file: this.#file(key),
      }));
      if (jobs.length >= POOL_FROM && process.features.typescript) await drawOnPool(jobs, fonts, this.#root);
      else for (const job of jobs) await drawImage(job, fonts);
      record.drawn += missing.length;
    }
    if (all.length > 1) this.#cache.prune();
    record.ms += performance.now() - started;
  }
}
