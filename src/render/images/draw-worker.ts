/**
 * A worker thread of the share-image pool (./pipeline.ts): draws the jobs it is sent with the
 * fonts it was started with, and answers each with its number once the file is written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawImage, type DrawJob } from './draw.ts';
import type { SatoriFont } from './fonts.ts';

const fonts = (workerData as { fonts: SatoriFont[] }).fonts.map((font) => ({
  ...font,
  data: Buffer.from(font.data),
}));

parentPort?.on('message', (message: { id: number; job: DrawJob }) => {
  drawImage(message.job, fonts).then(
    () => parentPort?.postMessage({ id: message.id }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        error: error instanceof Error ? error.stack : String(error),
      }),
  );
});
