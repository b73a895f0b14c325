/** The project's own build in `dist/`, served for browser tests. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './static-server.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export async function serveBuiltSite(): Promise<StaticServer> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  }
  return serveStatic(DIST);
}
