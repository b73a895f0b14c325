import { defineConfig } from 'vitest/config';

/**
 * unit: pure logic in src/lib and the schemas, fast.
 * build: builds small fixture sites with Astro and asserts on the HTML.
 * browser: drives Debian's Chromium against a built site (run by .ci/run after `npm test`).
 *
 * Four workers even on two cores: Astro builds of one checkout take turns (they cannot run side
 * by side, tests/helpers/fixture-build.ts) and each fixture site is built once per run, so build
 * files mostly wait: one builds, others wait for their turn, and the rest run the unit files
 * beside the build. (With `fileParallelism: false` the build files would only start after every
 * unit file.)
 */
export default defineConfig({
  test: {
    maxWorkers: 4,
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/schema/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Generous: on a shared machine under load one fixture build has taken over five minutes.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
