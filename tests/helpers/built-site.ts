/** The project's own build in `dist/`, served for browser tests. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export async function serveBuiltSite(): Promise<StaticServer> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  }
  return serveStatic(DIST);
}

export interface BuiltSiteSession {
  server: StaticServer;
  browser: Browser;
}

/** Serves `dist/` and opens Chromium for the tests of one file, and closes both after them. */
export function openBuiltSite(): BuiltSiteSession {
  const session = {} as BuiltSiteSession;
  beforeAll(async () => {
    session.server = await serveBuiltSite();
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser.close();
    await session.server.close();
  });
  return session;
}
