/**
 * Builds the real site over a fixture archive with Astro's programmatic build, into a temporary
 * folder, so that tests can assert on the HTML it produces.
 */
import { build } from 'astro';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

export interface BuiltSite {
  outDir: string;
  /** The HTML of a page by its path ('/worthies/wang-mou/'), or undefined when there is none. */
  page: (path: string) => string | undefined;
  file: (path: string) => string | undefined;
}

/** Builds the site with `content` as its archive. Environment variables are restored afterwards. */
export async function buildFixtureSite(
  content: string,
  env: Record<string, string> = {},
): Promise<BuiltSite> {
  const work = mkdtempSync(join(tmpdir(), 'xiangxian-build-'));
  const outDir = join(work, 'dist');
  const settings: Record<string, string> = { ARCHIVE_CONTENT_DIR: content, ...env };
  const saved = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  try {
    await build({
      root: PROJECT_ROOT,
      outDir,
      cacheDir: join(work, 'cache'),
      logLevel: 'error',
      vite: { logLevel: 'silent' },
    });
  } finally {
    // process.env must stay the real environment object (workers copy it), so keys are restored one by one.
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
  const file = (path: string) => {
    const full = join(outDir, path);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  };
  return { outDir, file, page: (path) => file(join(path, 'index.html')) };
}
