/**
 * `npm start`: builds the site as a local preview and serves it on http://localhost:4321, with no
 * settings at all. Without SITE_URL every link, citation and QR code points at this computer and
 * each page says it is a preview; a public build is `SITE_URL=https://… npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
const env = { ...process.env, ARCHIVE_PREVIEW: '1' };
for (const args of [['build'], ['preview', '--port', '4321']]) {
  const { status } = spawnSync(process.execPath, [astro, ...args], { env, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
