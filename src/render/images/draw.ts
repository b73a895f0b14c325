/**
 * Draws one share image: satori lays the element tree out as SVG (glyphs as paths), resvg
 * rasterises it, sharp encodes it as JPEG. The paper and its double rule, the same on every image
 * of one size, are rasterised once per process and only the text and pictures laid over them per
 * image: the paper's gradient was most of resvg's time. Runs in the worker threads of
 * ./draw-worker.ts, or in the build's own thread when there is one image to draw.
 */
import { writeFileSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardTree } from '../../lib/share-images/card.ts';
import { frameLayers } from '../../lib/share-images/frame.ts';
import { CARD_SIZE, POSTER_SIZE, type ShareModel } from '../../lib/share-images/model.ts';
import type { Element } from '../../lib/share-images/nodes.ts';
import { posterTree } from '../../lib/share-images/poster.ts';
import type { SatoriFont } from './fonts.ts';

export interface DrawJob {
  kind: 'card' | 'poster';
  model: ShareModel;
  /** File of the entry's picture, when it has one. */
  picture?: string | undefined;
  /** Where the JPEG goes. */
  file: string;
}

/** Encoder settings; part of every cache key (pipeline.ts). */
export const ENCODING = 'layered paper | jpeg q80 4:2:0 optimised progressive';

export function treeOf(job: Pick<DrawJob, 'kind' | 'model'>, picture?: ShareModel['image']): Element {
  const model = { ...job.model, image: picture };
  return job.kind === 'card' ? cardTree(model) : posterTree(model);
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

async function rasterise(tree: Element, size: { width: number; height: number }, fonts: SatoriFont[]) {
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...size, fonts });
  const rendered = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } });
  return rendered.pixels;
}

/** Rasterised paper by the JSON of its tree (one per size and frame). */
const papers = new Map<string, Promise<Buffer>>();

export async function drawImage(job: DrawJob, fonts: SatoriFont[]): Promise<void> {
  const size = job.kind === 'card' ? CARD_SIZE : POSTER_SIZE;
  const picture = job.picture ? await loadPicture(job.picture) : undefined;
  const { paper, content } = frameLayers(treeOf(job, picture) as Parameters<typeof frameLayers>[0]);
  const paperKey = JSON.stringify(paper);
  if (!papers.has(paperKey)) papers.set(paperKey, rasterise(paper, size, fonts));
  const [background, overlay] = await Promise.all([papers.get(paperKey), rasterise(content, size, fonts)]);
  const raw = { width: size.width, height: size.height, channels: 4 } as const;
  const jpeg = await sharp(background, { raw })
    .composite([{ input: overlay, raw }])
    .removeAlpha()
    .jpeg({ quality: 80, optimiseCoding: true, progressive: true })
    .toBuffer();
  writeFileSync(job.file, jpeg);
}
