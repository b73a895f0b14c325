/**
 * Pictures that guard the look: eight representative pages at three widths, light and dark,
 * compared with the baselines in tests/browser/screenshots/ at a small tolerance. A page that
 * differs fails and leaves the new picture and a diff image (changes in red) in
 * test-results/screenshots/, which CI keeps. After an intended change of look, rebuild and
 * refresh the baselines with `npm run screenshots:update`.
 *
 * Only the top of a page (up to SHOT_HEIGHT) is compared: it holds the header, the title and the
 * layout, and keeps the baselines small. Dates that change with every build are masked.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite } from '../helpers/built-site.ts';

const BASELINES = join(import.meta.dirname, 'screenshots');
const RESULTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const UPDATE = process.env['UPDATE_SCREENSHOTS'] === '1';

/** Height of the compared top of each page, in CSS pixels. */
const SHOT_HEIGHT = 1600;
/** pixelmatch's per-pixel colour threshold (0–1) and the share of pixels allowed to differ. */
const PIXEL_THRESHOLD = 0.1;
const ALLOWED_SHARE = 0.002;

const PAGES = [
  ['home', '/'],
  ['worthy', '/worthies/xiang-yu/'],
  ['place', '/places/luo-ma-hu/'],
  ['heritage', '/heritage/che-lun-bing/'],
  ['study', '/studies/su-qian-zhi-qian/'],
  ['gift', '/gifts/yun-he-yu-xiang-xian/'],
  ['search', '/search/?q=%E9%A1%B9%E7%BE%BD'],
  ['timeline', '/timeline/'],
] as const;
const WIDTHS = [360, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

const CASES = SCHEMES.flatMap((scheme) =>
  WIDTHS.flatMap((width) => PAGES.map(([name, path]) => ({ name, path, width, scheme }))),
);

const site = openBuiltSite();
let page: Page;

beforeAll(async () => {
  // One browser and one page for every picture: only the viewport and the colour scheme change.
  page = await site.browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(BASELINES, { recursive: true });
  rmSync(RESULTS, { recursive: true, force: true });
});

afterAll(async () => {
  await page.close();
});

async function shoot(path: string, width: number, scheme: 'light' | 'dark'): Promise<Buffer> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
  if (path.startsWith('/search/')) {
    await page.locator('ol[data-results] > li').first().waitFor();
    // The filter counts follow the results from a second index; the picture waits for them.
    await page.locator('[data-facets]').first().waitFor({ state: 'attached' });
  }
  await page.evaluate(() => document.fonts.ready);
  const height = Math.min(SHOT_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
  return page.screenshot({
    fullPage: true,
    clip: { x: 0, y: 0, width, height },
    animations: 'disabled',
    caret: 'hide',
    mask: [page.locator('time'), page.locator('#cite-text')],
  });
}

describe('screenshots', () => {
  it.each(CASES)('$name at $width px, $scheme', async ({ name, path, width, scheme }) => {
    const file = `${name}-${width}-${scheme}.png`;
    const baseline = join(BASELINES, file);
    const actual = await shoot(path, width, scheme);
    if (UPDATE || !existsSync(baseline)) {
      expect(UPDATE, `no baseline ${file}: run \`npm run screenshots:update\``).toBe(true);
      writeFileSync(baseline, actual);
      return;
    }
    const expected = PNG.sync.read(readFileSync(baseline));
    const got = PNG.sync.read(actual);
    const sameSize = expected.width === got.width && expected.height === got.height;
    let differing = Number.POSITIVE_INFINITY;
    let diff: PNG | undefined;
    if (sameSize) {
      diff = new PNG({ width: got.width, height: got.height });
      differing = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, {
        threshold: PIXEL_THRESHOLD,
      });
    }
    const share = differing / (got.width * got.height);
    if (share > ALLOWED_SHARE) {
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(join(RESULTS, file), actual);
      if (diff) writeFileSync(join(RESULTS, file.replace(/\.png$/, '.diff.png')), PNG.sync.write(diff));
    }
    expect(
      share,
      sameSize
        ? `${file}: ${(share * 100).toFixed(2)}% of pixels differ; see test-results/screenshots/`
        : `${file}: size ${got.width}×${got.height}, baseline ${expected.width}×${expected.height}; see test-results/screenshots/`,
    ).toBeLessThanOrEqual(ALLOWED_SHARE);
  });
});
