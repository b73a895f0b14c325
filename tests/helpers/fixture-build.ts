/**
 * Builds the real site over a fixture archive into a temporary folder, so that tests can assert on
 * the HTML it produces. The build runs as the CLI in a child process, as in production: inside
 * the test runner Astro builds several times slower, and a second build would reuse modules of
 * the first. A site is built once per test run: test files that ask for the same archive with the
 * same settings share the first build's output (builds are deterministic).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCRATCH_ROOT, scratchDir } from './scratch.ts';

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

/** Builds the site with `content` as its archive; rejects with the build's output if it fails. */
export async function buildFixtureSite(
  content: string,
  env: Record<string, string> = {},
): Promise<BuiltSite> {
  const key = createHash('sha256')
    .update(JSON.stringify([content, env]))
    .digest('hex')
    .slice(0, 16);
  const done = join(SCRATCH_ROOT, 'builds', `${key}.json`);
  if (existsSync(done)) {
    const { outDir, log } = JSON.parse(readFileSync(done, 'utf8')) as { outDir: string; log: string };
    return builtSite(outDir, log);
  }
  const work = scratchDir('build');
  const outDir = join(work, 'dist');
  // The project's config with a cache of its own, so fixture builds never share the content store.
  // Astro looks for the config inside the project, so the wrapper sits in node_modules (ignored).
  const configs = join(PROJECT_ROOT, 'node_modules', '.fixture-configs');
  mkdirSync(configs, { recursive: true });
  const config = join(configs, `${basename(work)}.mjs`);
  writeFileSync(
    config,
    `import config from ${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, 'astro.config.mjs')).href)};\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(join(work, 'cache'))} };\n`,
  );
  const log = await new Promise<string>((resolve, reject) => {
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
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => {
      rmSync(config, { force: true });
      if (code === 0) resolve(output);
      else reject(new BuildFailure(output, code, signal));
    });
  });
  mkdirSync(join(SCRATCH_ROOT, 'builds'), { recursive: true });
  writeFileSync(done, JSON.stringify({ outDir, log }));
  return builtSite(outDir, log);
}

function builtSite(outDir: string, log: string): BuiltSite {
  const file = (path: string) => {
    const full = join(outDir, path);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  };
  return { outDir, file, log, page: (path) => file(join(path, 'index.html')) };
}
