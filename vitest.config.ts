import { defineConfig } from 'vitest/config';

/**
 * unit: pure logic in src/lib and the schemas, fast.
 * build: builds small fixture sites with Astro and asserts on the HTML.
 * browser: drives Debian's Chromium against a built site (run by .ci/run after `npm test`).
 *
 * Two workers even on two cores: a build test mostly waits for its Astro child process, and unit
 * files run on the other worker meanwhile. Build files run one at a time: Astro builds of one
 * checkout cannot run side by side (tests/helpers/fixture-build.ts), and each fixture site is
 * built once per run, whichever file asks first.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
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
          fileParallelism: false,
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
