/**
 * Turns share-image jobs into PNG files: satori lays the element tree out as SVG (glyphs as paths),
 * resvg rasterises it. Every result is cached on disk under the hash of everything that decides
 * it (the element tree, the picture's bytes, the renderer's versions), so an unchanged card is
 * never drawn twice; the font is subset once, to the characters of the images still to draw.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardTree } from '../../lib/share-images/card.ts';
import { CARD_SIZE, POSTER_SIZE, type ShareModel } from '../../lib/share-images/model.ts';
import { textOf, type Element } from '../../lib/share-images/nodes.ts';
import { posterTree } from '../../lib/share-images/poster.ts';
import { FONT_FILES, subsetFonts, type SatoriFont } from './fonts.ts';
import { stats } from './stats.ts';

export interface ShareImageJob {
  /** Output path relative to the site root, e.g. 'og/worthies/xiang-yu.png'. */
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
  'sharp png rgb level 9',
].join('|');
/** Cached images no build has used for this long are deleted, so that the cache does not grow forever. */
const UNUSED_FOR = 30 * 24 * 60 * 60 * 1000;
/** A stand-in for the picture while hashing: the picture's own bytes are hashed instead. */
const PICTURE_PLACEHOLDER = 'picture:';

interface Planned {
  job: ShareImageJob;
  key: string;
  size: { width: number; height: number };
}

function treeOf(job: ShareImageJob, picture?: ShareModel['image']): Element {
  const model = { ...job.model, image: picture };
  return job.kind === 'card' ? cardTree(model) : posterTree(model);
}

function plan(job: ShareImageJob): Planned {
  const hash = createHash('sha256').update(RENDERER);
  const placeholder = job.picture ? { src: PICTURE_PLACEHOLDER, width: 1, height: 1 } : undefined;
  hash.update(JSON.stringify(treeOf(job, placeholder)));
  if (job.picture) hash.update(readFileSync(job.picture));
  return { job, key: hash.digest('hex').slice(0, 32), size: job.kind === 'card' ? CARD_SIZE : POSTER_SIZE };
}

/** The picture, scaled down to what the layouts show, as a data URL satori can embed. */
async function loadPicture(file: string): Promise<ShareModel['image']> {
  const { data, info } = await sharp(file)
    .rotate()
    .resize({ width: 720, height: 960, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#f5efe2' })
    .jpeg({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  return { src: `data:image/jpeg;base64,${data.toString('base64')}`, width: info.width, height: info.height };
}

export class ShareImagePipeline {
  readonly #cacheDir: string;
  readonly #root: string;
  readonly #planned: Map<string, Planned>;
  #prepared: Promise<void> | undefined;

  constructor(jobs: readonly ShareImageJob[], options: { cacheDir: string; root: string }) {
    this.#cacheDir = options.cacheDir;
    this.#root = options.root;
    const started = performance.now();
    this.#planned = new Map(jobs.map((job) => [job.path, plan(job)]));
    const elapsed = performance.now() - started;
    stats().hashMs += elapsed;
    stats().ms += elapsed;
  }

  get paths(): string[] {
    return [...this.#planned.keys()];
  }

  #file(key: string): string {
    return join(this.#cacheDir, `${key}.png`);
  }

  /**
   * Draws every image not in the cache yet, two at a time (satori works on the main thread while
   * resvg rasterises the previous one on libuv's pool), and records how long it took.
   */
  prepareAll(): Promise<void> {
    this.#prepared ??= this.#draw([...this.#planned.values()]);
    return this.#prepared;
  }

  /** The PNG of one image; in a build every image is drawn first, in dev only the one asked for. */
  async png(path: string, options: { all: boolean }): Promise<Buffer> {
    const planned = this.#planned.get(path);
    if (!planned) throw new Error(`没有这张分享图片：${path}`);
    await (options.all ? this.prepareAll() : this.#draw([planned]));
    return readFileSync(this.#file(planned.key));
  }

  async #draw(all: Planned[]): Promise<void> {
    const started = performance.now();
    mkdirSync(this.#cacheDir, { recursive: true });
    const now = new Date();
    const missing = all.filter((p) => {
      const file = this.#file(p.key);
      if (!existsSync(file)) return true;
      utimesSync(file, now, now); // marks it as still in use
      return false;
    });
    const record = stats();
    record.images += all.length;
    record.cards += all.filter((p) => p.job.kind === 'card').length;
    record.posters += all.filter((p) => p.job.kind === 'poster').length;
    record.cached += all.length - missing.length;
    if (missing.length > 0) {
      const fontStarted = performance.now();
      const fonts = await subsetFonts(missing.map((p) => textOf(treeOf(p.job))).join(''), this.#root);
      record.fontMs += performance.now() - fontStarted;
      const queue = [...missing];
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await this.#drawOne(next, fonts);
      };
      await Promise.all([worker(), worker()]);
      record.drawn += missing.length;
    }
    if (all.length > 1) this.#prune(now);
    record.ms += performance.now() - started;
  }

  /** Deletes cached images unused for a month (other builds sharing the cache touch theirs). */
  #prune(now: Date): void {
    for (const name of readdirSync(this.#cacheDir)) {
      const file = join(this.#cacheDir, name);
      if (name.endsWith('.png') && now.getTime() - statSync(file).mtimeMs > UNUSED_FOR) unlinkSync(file);
    }
  }

  async #drawOne(planned: Planned, fonts: SatoriFont[]): Promise<void> {
    const picture = planned.job.picture ? await loadPicture(planned.job.picture) : undefined;
    const svg = await satori(treeOf(planned.job, picture) as Parameters<typeof satori>[0], {
      ...planned.size,
      fonts,
    });
    const rendered = await renderAsync(svg, {
      font: { loadSystemFonts: false },
      fitTo: { mode: 'original' },
    });
    // resvg's own PNG encoder writes twice the bytes; sharp, given the raw pixels without the
    // (always opaque) alpha channel, halves them at little cost. A 256-colour palette would halve
    // them again but bands the paper's gradients.
    const { width, height } = rendered;
    const png = await sharp(rendered.pixels, { raw: { width, height, channels: 4 } })
      .removeAlpha()
      .png({ compressionLevel: 9 })
      .toBuffer();
    writeFileSync(this.#file(planned.key), png);
  }
}
