/**
 * Markup in every text field, opened in a real browser: no page may run it. Each page of a fixture
 * site whose text fields carry script, event handlers and closing tags is opened, and a dialog,
 * an uncaught page error or a Content-Security-Policy violation fails the page.
 */
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { fixtureCopy } from '../helpers/fixture-archive.ts';
import { buildFixtureSite } from '../helpers/fixture-build.ts';
import { layHostileText } from '../helpers/hostile-text.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let server: StaticServer;
let browser: Browser;
let paths: string[] = [];

beforeAll(async () => {
  const { content } = fixtureCopy();
  layHostileText(content);
  const site = await buildFixtureSite(content);
  paths = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('index.html'))
    .map((name) => `/${name.slice(0, -'index.html'.length)}`);
  server = await serveStatic(site.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('a page whose text fields hold markup', () => {
  it('exists in numbers', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it('runs none of it, on any page', async () => {
    const page = await browser.newPage();
    const incidents: string[] = [];
    page.on('dialog', (dialog) => {
      incidents.push(`dialog on ${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => incidents.push(`error on ${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()))
        incidents.push(`csp on ${page.url()}: ${message.text().slice(0, 80)}`);
    });
    for (const path of paths) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' }).catch(async (error: unknown) => {
        // The redirect page visited before may move on by itself while this one loads: go again.
        if (!String(error).includes('interrupted by another navigation')) throw error;
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      });
      // A redirect page moves on by itself; look at where it lands.
      await page.waitForLoadState('load');
      const injected = await page
        .evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length)
        .catch(async () => {
          await page.waitForLoadState('load');
          return page.evaluate(
            () => document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
          );
        });
      expect(injected, path).toBe(0);
    }
    expect(incidents).toEqual([]);
    await page.close();
  });
});
