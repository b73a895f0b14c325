/**
 * `npm run preview:drafts`: builds the site with drafts and entries awaiting review (each under a
 * banner) and serves it on http://localhost:4321. Sets ARCHIVE_DRAFTS itself, so it works the
 * same in every shell, Windows included.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
// A preview: without SITE_URL it builds for the local address instead of refusing.
const env = { ...process.env, ARCHIVE_DRAFTS: '1', ARCHIVE_PREVIEW: '1' };
for (const args of [['build'], ['preview', '--port', '4321']]) {
  const { status } = spawnSync(process.execPath, [astro, ...args], { env, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
