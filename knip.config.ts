/**
 * knip: files, exports and dependencies nobody uses. Part of `npm run lint`, held at zero findings.
 * Entries beyond what knip's Astro, Vitest and ESLint plugins find on their own are listed here.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Command-line tools run by npm scripts or by hand.
    'scripts/**/*.{ts,mjs}',
    // Loaded by a <script> in src/pages/admin/index.astro, bundled by Astro.
    'src/lib/cms/admin.ts',
    // Started as a worker thread by path (src/render/images/pipeline.ts).
    'src/render/images/draw-worker.ts',
    // Run by hand: `node tests/helpers/measure-reader.ts` after a build (README, reader's site).
    'tests/helpers/measure-reader.ts',
  ],
  project: ['src/**/*.{ts,astro,mdx}', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', '*.{ts,mjs,js}'],
  // A constant or type used by the code of its own module is not dead; only exports nobody imports are.
  ignoreExportsUsedInFile: true,
  ignoreDependencies: [
    // The fonts are read as files from node_modules by src/render/images/fonts.ts.
    '@expo-google-fonts/noto-serif-sc',
    // Started as a program from node_modules by tests/helpers/decap-server.ts.
    'decap-server',
    // Pinned beside @axe-core/playwright so that both use the same rules.
    'axe-core',
  ],
};

export default config;
