import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withEditorPolicy } from '../lib/cms/editor-csp.ts';

/** The files of the CMS's ready-made browser bundle: the script, its lazy chunks, wasm and licence. */
export const CMS_BUNDLE_FILE = /^(?:\d+\.)?decap-cms\.js(?:\.LICENSE\.txt)?$|\.wasm$/;

/** Where the CMS's browser bundle sits in node_modules. */
export function cmsBundleDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/**
 * Copies the CMS's browser bundle from node_modules into `dist/admin/` (no CDN). Only the editor page
 * loads it; the bundle is served as it ships, with no second pass through Vite (5 MB, already built).
 */
export default function cmsBundle(): AstroIntegration {
  return {
    name: 'cms-bundle',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const from = cmsBundleDir();
        const to = join(fileURLToPath(dir), 'admin');
        mkdirSync(to, { recursive: true });
        const files = readdirSync(from).filter((f) => CMS_BUNDLE_FILE.test(f));
        for (const file of files) copyFileSync(join(from, file), join(to, file));
        // The editor needs what the site's policy forbids (see editor-csp.ts); its page alone gets it.
        const page = join(to, 'index.html');
        if (existsSync(page)) writeFileSync(page, withEditorPolicy(readFileSync(page, 'utf8')));
        logger.info(`编辑器：已复制 ${files.length} 个文件到 admin/`);
      },
    },
  };
}
