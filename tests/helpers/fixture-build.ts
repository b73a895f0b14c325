/**
 * Builds the real site over a fixture archive into a temporary folder, so that tests can assert on
 * the HTML it produces. The build runs as the CLI in a child process, as in production: inside
 * the test runner Astro builds several times slower, and a second build would reuse modules of
 * the first. A site is built once per test run: test files that ask for the same archive with the
 * same settings share the first build's output or failure (builds are deterministic), even when
 * they run in different workers at the same time: the first takes a lock, the others wait for
 * its result.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCRATCH_ROOT, scratchDir, isRunning } from './scratch.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

export interface BuiltSite {
  outDir: string;
  /** The HTML of a page by its path ('/worthies/wang-mou/'), or undefined when there is none. */
  page: (path: string) => string | undefined;
  file: (path: string) => string | undefined;
  /** What the build printed. */
  log: string;
}

/** A build that did not finish: what it printed, and how it ended (an exit code, or a signal if it crashed). */
export class BuildFailure extends Error {
  readonly output: string;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  constructor(output: string, exitCode: number | null, signal: NodeJS.Signals | null) {
    super(output);
    this.output = output;
    this.exitCode = exitCode;
    this.signal = signal;
  }
}

/**
 * The environment without what Vitest adds for its own `import.meta.env` (BASE_URL=/, MODE, DEV,
 * PROD, SSR): Astro copies environment variables into `import.meta.env`, so an inherited
 * BASE_URL=/ would override the configured base and hide every sub-path bug.
 */
function processEnvWithoutVitest(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key)));
}

/** What a finished build left for the others that ask for it: its output, or how it failed. */
type Outcome =
  | { ok: true; outDir: string; log: string }
  | { ok: false; output: string; exitCode: number | null; signal: NodeJS.Signals | null };

/**
 * Builds the site with `content` as its archive; rejects with a {@link BuildFailure} holding the
 * build's output if it fails. Pass ARCHIVE_ENTRY_IMAGES: '0' in `env` when no test of the site
 * looks at the entries' posters and share cards: drawing them is most of a small build.
 */
export async function buildFixtureSite(
  content: string,
  env: Record<string, string> = {},
  { stopsAtConfig = false } = {},
): Promise<BuiltSite> {
  const key = createHash('sha256')
    .update(JSON.stringify([content, env]))
    .digest('hex')
    .slice(0, 16);
  const builds = join(SCRATCH_ROOT, 'builds');
  mkdirSync(builds, { recursive: true });
  const done = join(builds, `${key}.json`);
  const lock = join(builds, `${key}.lock`);
  for (;;) {
    if (existsSync(done)) return settle(JSON.parse(readFileSync(done, 'utf8')) as Outcome);
    try {
      // Creating a folder either succeeds or fails with EEXIST, in one step: one builder per site.
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      await sleep(250);
    }
  }
  let outcome: Outcome;
  try {
    outcome = await runBuild(content, env, undefined, !stopsAtConfig);
  } catch (error) {
    rmSync(lock, { recursive: true, force: true });
    throw error;
  }
  writeFileSync(done, JSON.stringify(outcome));
  return settle(outcome);
}

function settle(outcome: Outcome): BuiltSite {
  if (!outcome.ok) throw new BuildFailure(outcome.output, outcome.exitCode, outcome.signal);
  return builtSite(outcome.outDir, outcome.log);
}

/**
 * Builds the site that fails for `content` and `env`, and returns how it failed. Every such build
 * stops while Astro sets up its config (the address check, the archive check), before it writes
 * anything into the project's `.astro/`, so it does not wait for the build turn.
 */
export async function fixtureBuildFailure(
  content: string,
  env: Record<string, string> = {},
): Promise<BuildFailure> {
  try {
    await buildFixtureSite(content, env, { stopsAtConfig: true });
  } catch (error) {
    if (error instanceof BuildFailure) return error;
    throw error;
  }
  throw new Error('the build was expected to fail, but it finished');
}

/**
 * Astro writes the content layer's module map into the project's own `.astro/` folder whatever the
 * cache folder, so two builds of this checkout at once read each other's map and fail at random.
 * Builds therefore take turns, across workers and test runs: the turn is a folder holding the
 * builder's process id, taken over when that process has died.
 */
async function takeBuildTurn(): Promise<() => void> {
  const turn = join(PROJECT_ROOT, 'node_modules', '.fixture-configs', 'build-turn');
  mkdirSync(join(turn, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(turn);
      writeFileSync(join(turn, 'pid'), String(process.pid));
      return () => {
        rmSync(turn, { recursive: true, force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(existsSync(join(turn, 'pid')) ? readFileSync(join(turn, 'pid'), 'utf8') : NaN);
      if (holder && !isRunning(holder)) rmSync(turn, { recursive: true, force: true });
      else await sleep(250);
    }
  }
}

async function runBuild(
  content: string,
  env: Record<string, string>,
  folder?: string,
  takesTurn = true,
): Promise<Outcome> {
  const endTurn = takesTurn ? await takeBuildTurn() : () => undefined;
  try {
    return await runAstroBuild(
      content,
      env,
      folder,
      takesTurn ? BUILD_LIMIT_SECONDS : CONFIG_STAGE_LIMIT_SECONDS,
    );
  } finally {
    endTurn();
  }
}

/**
 * Builds `content` now, whatever was built before, into `folder` (its `dist/` and Astro's caches
 * in `cache/`), keeping both for the next build into the same folder, as on a build server: for
 * testing what a second build reuses from the first.
 */
export async function buildInFolder(
  content: string,
  folder: string,
  env: Record<string, string> = {},
): Promise<BuiltSite> {
  return settle(await runBuild(content, env, folder));
}

/**
 * The longest a fixture build may take (the slowest takes about a minute on a loaded machine).
 * Node can deadlock while shutting down its platform threads under load (nodejs/node#54918):
 * the build has printed everything and never exits. Without a limit that one stuck child would
 * hold the build turn, and every other test file waiting for it would time out instead.
 */
const BUILD_LIMIT_SECONDS = 300;
/**
 * A build that stops at its config takes 1–6 s; the same deadlock once held one for the full
 * 300 s, which was most of `npm test`'s time. Its message is printed by then, so a kill loses nothing.
 */
const CONFIG_STAGE_LIMIT_SECONDS = 60;

async function runAstroBuild(
  content: string,
  env: Record<string, string>,
  keptFolder: string | undefined,
  limitSeconds: number,
): Promise<Outcome> {
  const work = keptFolder ?? scratchDir('build');
  const outDir = join(work, 'dist');
  const cacheDir = join(work, 'cache');
  // The project's config with a cache of its own, so fixture builds never share the content store.
  // Astro looks for the config inside the project, so the wrapper sits in node_modules (ignored).
  const configs = join(PROJECT_ROOT, 'node_modules', '.fixture-configs');
  mkdirSync(configs, { recursive: true });
  const config = join(configs, `${basename(work)}.mjs`);
  writeFileSync(
    config,
    `import config from ${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, 'astro.config.mjs')).href)};\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(cacheDir)} };\n`,
  );
  return new Promise<Outcome>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'build',
        '--root',
        PROJECT_ROOT,
        '--config',
        relative(PROJECT_ROOT, config),
        '--outDir',
        outDir,
      ],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...processEnvWithoutVitest(),
          // A public build needs an address; tests use this one unless they pass their own.
          SITE_URL: 'https://xiangxian.example.org',
          ARCHIVE_CONTENT_DIR: content,
          ...env,
          // A failed build reports to Astro's telemetry before it exits; offline, that report
          // waits for the network's time-out, which made each failing build take half a minute.
          ASTRO_TELEMETRY_DISABLED: '1',
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const watchdog = setTimeout(() => {
      output += `\n[fixture-build] the build did not exit within ${limitSeconds} s and was killed\n`;
      child.kill('SIGKILL');
    }, limitSeconds * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      rmSync(config, { force: true });
      // The build's caches are not part of the result; they are most of the folder's size.
      if (!keptFolder) rmSync(cacheDir, { recursive: true, force: true });
      resolve(code === 0 ? { ok: true, outDir, log: output } : { ok: false, output, exitCode: code, signal });
    });
  });
}

function builtSite(outDir: string, log: string): BuiltSite {
  const file = (path: string) => {
    const full = join(outDir, path);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  };
  return { outDir, file, log, page: (path) => file(join(path, 'index.html')) };
}
