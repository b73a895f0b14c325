/**
 * Compressed copies beside the site's files, made once and then taken from the cache: a second
 * build over the same files gives the same copies, linked from the cache rather than written.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_BYTES, precompressFolder } from '../../src/integrations/deploy/precompress.ts';

function site(): string {
  const folder = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(folder, 'worthies', 'xiang-yu'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), `<p>${'宿迁乡贤 '.repeat(400)}</p>`);
  writeFileSync(
    join(folder, 'worthies', 'xiang-yu', 'index.html'),
    `<p>${'项羽，名籍，字羽。'.repeat(300)}</p>`,
  );
  writeFileSync(join(folder, 'small.html'), '<p>短</p>');
  writeFileSync(join(folder, 'photo.jpg'), Buffer.alloc(MIN_BYTES * 4));
  return folder;
}

function expectCopiesOf(folder: string, file: string) {
  const original = readFileSync(join(folder, file));
  expect(brotliDecompressSync(readFileSync(join(folder, `${file}.br`)))).toEqual(original);
  expect(gunzipSync(readFileSync(join(folder, `${file}.gz`)))).toEqual(original);
}

describe('precompressFolder', () => {
  it('writes .br and .gz beside text files large enough to gain, and nothing beside the rest', async () => {
    const folder = site();
    const totals = await precompressFolder(folder);
    expect(totals.files).toBe(2);
    expectCopiesOf(folder, 'index.html');
    expectCopiesOf(folder, join('worthies', 'xiang-yu', 'index.html'));
    expect(existsSync(join(folder, 'small.html.br'))).toBe(false);
    expect(existsSync(join(folder, 'photo.jpg.gz'))).toBe(false);
  });

  it('takes the copies from the cache on the next build, as links, with the same totals', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
    const first = site();
    const made = await precompressFolder(first, cache);
    const second = site();
    const reused = await precompressFolder(second, cache);
    expect(reused).toEqual(made);
    expectCopiesOf(second, 'index.html');
    expect(statSync(join(second, 'index.html.br')).nlink).toBeGreaterThan(1);
    // Over a folder that already has its copies (a build that did not empty dist/), too.
    await expect(precompressFolder(second, cache)).resolves.toEqual(made);
    expectCopiesOf(second, join('worthies', 'xiang-yu', 'index.html'));
  });
});
