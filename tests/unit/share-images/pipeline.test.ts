/** The drawing pipeline end to end: images drawn once, then served from the cache; stale ones pruned. */
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShareImagePipeline, type ShareImageJob } from '../../../src/render/images/pipeline.ts';
import { resetStats, stats } from '../../../src/render/images/stats.ts';
import { decodeQr, imageSize, isJpeg } from '../../helpers/images.ts';
import { scratchDir } from '../../helpers/scratch.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const model = {
  kicker: '乡贤 · 本籍',
  title: '王某',
  summary: '测试用的虚构人物，用来检查海报与分享卡片。',
  seal: '乡贤',
  siteName: '乡贤文史库·宿迁',
  url: 'https://xiangxian.example.org/worthies/wang-mou/',
};
const jobs: ShareImageJob[] = [
  { path: 'og/worthies/wang-mou.jpg', kind: 'card', model },
  { path: 'posters/worthies/wang-mou.jpg', kind: 'poster', model },
];

describe('the share image pipeline', () => {
  it(
    'draws each image once, then serves it from the cache by content hash',
    { timeout: 60_000 },
    async () => {
      const cacheDir = scratchDir('images');
      resetStats();
      const cold = new ShareImagePipeline(jobs, { cacheDir, root });
      const card = await cold.bytes('og/worthies/wang-mou.jpg', { all: true });
      const poster = await cold.bytes('posters/worthies/wang-mou.jpg', { all: true });
      expect(isJpeg(card) && isJpeg(poster)).toBe(true);
      expect(imageSize(card)).toEqual({ width: 1200, height: 630 });
      expect(imageSize(poster)).toEqual({ width: 1080, height: 1920 });
      expect(await decodeQr(poster)).toBe(model.url);
      expect(stats()).toMatchObject({ images: 2, drawn: 2, cached: 0 });
      expect(readdirSync(cacheDir)).toHaveLength(2);

      const stale = join(cacheDir, 'stale.png');
      writeFileSync(stale, '');
      const longAgo = new Date(Date.now() - 60 * 24 * 60 * 60 * 1000);
      utimesSync(stale, longAgo, longAgo);

      resetStats();
      const warm = new ShareImagePipeline(jobs, { cacheDir, root });
      expect((await warm.bytes('og/worthies/wang-mou.jpg', { all: true })).equals(card)).toBe(true);
      expect(stats()).toMatchObject({ images: 2, drawn: 0, cached: 2 });
      expect(existsSync(stale)).toBe(false);

      resetStats();
      const changed = new ShareImagePipeline(
        [{ path: 'og/changed.jpg', kind: 'card', model: { ...model, summary: '改过的简介，要重画。' } }],
        {
          cacheDir,
          root,
        },
      );
      await changed.prepareAll();
      expect(stats()).toMatchObject({ drawn: 1, cached: 0 });
    },
  );

  it(
    'draws a batch on worker threads (or in-process on a Node without type stripping), each its own text',
    { timeout: 120_000 },
    async () => {
      const cacheDir = scratchDir('images-batch');
      const batch: ShareImageJob[] = Array.from({ length: 8 }, (_, i) => ({
        path: `og/worthies/wang-${i}.jpg`,
        kind: 'card',
        model: { ...model, title: `王${'一二三四五六七八'[i] ?? ''}`, summary: `第 ${i + 1} 张卡片。` },
      }));
      resetStats();
      const pipeline = new ShareImagePipeline(batch, { cacheDir, root });
      await pipeline.prepareAll();
      expect(stats()).toMatchObject({ images: 8, drawn: 8, cached: 0 });
      const images = await Promise.all(batch.map((job) => pipeline.bytes(job.path, { all: true })));
      for (const image of images) expect(imageSize(image)).toEqual({ width: 1200, height: 630 });
      expect(new Set(images.map((image) => image.toString('base64'))).size).toBe(8);
    },
  );
});
