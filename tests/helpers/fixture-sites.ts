/**
 * The fixture sites the build tests share, each built at most once per test run whichever files
 * ask for it (fixture-build.ts keeps the result): the public site, the preview under a sub-path,
 * the site with markup in every text field, and the archive whose every broken file stops the
 * build. A test file names the site it reads with {@link useBuiltSite} instead of building its own.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { FIXTURE_CONTENT, FIXTURES } from './fixture-archive.ts';
import { buildFixtureSite, fixtureBuildFailure, type BuildFailure, type BuiltSite } from './fixture-build.ts';
import { layHostileText } from './hostile-text.ts';
import { SCRATCH_ROOT, scratchDir } from './scratch.ts';

/** What `npm run preview:drafts` sets, served under a sub-path as on a shared host. */
export const PREVIEW_ENV = {
  SITE_URL: '',
  ARCHIVE_PREVIEW: '1',
  ARCHIVE_DRAFTS: '1',
  BASE_PATH: '/xiangxian',
};

/** The fixture archive as the public gets it, with posters and share cards. */
export const publicSite = (): Promise<BuiltSite> => buildFixtureSite(FIXTURE_CONTENT);

/** The fixture archive as a preview with drafts under /xiangxian/. */
export const previewSite = (): Promise<BuiltSite> => buildFixtureSite(FIXTURE_CONTENT, PREVIEW_ENV);

/**
 * The fixture archive with markup in every text field. Its tests read the HTML only, so the
 * entries' share images are left out (the browser suite's hostile build draws them).
 */
export const hostileSite = (): Promise<BuiltSite> =>
  buildFixtureSite(sharedArchive('hostile', layHostileText), { ARCHIVE_ENTRY_IMAGES: '0' });

/** Where each hostile MDX file of the broken archive would leave a file if its code ran. */
export const MARKERS = join(SCRATCH_ROOT, 'markers');

/**
 * Hostile MDX files, each trying to write a marker file when compiled or rendered. They go into
 * the broken archive as worthies/li-mou-<name>.mdx.
 */
export const HOSTILE_MDX: Record<string, { body: string; extra?: Record<string, string> }> = {
  import: {
    body: `import './evil.mjs'`,
    extra: {
      'evil.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(MARKERS, 'import'))}, 'import');\n`,
    },
  },
  export: {
    body: `export const pwned = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(join(MARKERS, 'export'))}, 'export')`,
  },
  expression: {
    body: `{process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(join(MARKERS, 'expression'))}, 'expression')}`,
  },
  attribute: {
    body: `<Aside title={process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(join(MARKERS, 'attribute'))}, 'attribute')}>注</Aside>`,
  },
};

/** Blockquotes nested deep enough to overflow a recursive parser, by the file they end. */
export const NESTED_QUOTES = { 'studies/di-yi-pian.mdx': 1500, 'studies/di-er-pian.mdx': 4000 };

const HOSTILE_MDX_FRONT = `---
name: 李某
sex: 男
connection: 关联
categories: [军事]
summary: 测试用的虚构人物，正文里藏着要执行的代码。
sources: [F1]
---
`;

/** Every broken file at once: the check reports all of them in one failed build. */
function layBrokenFiles(content: string): void {
  cpSync(join(FIXTURES, 'broken', 'inconsistent-date'), content, { recursive: true });
  for (const [name, { body, extra }] of Object.entries(HOSTILE_MDX)) {
    writeFileSync(
      join(content, 'worthies', `li-mou-${name}.mdx`),
      `${HOSTILE_MDX_FRONT}\n正文[@F1]。\n\n${body}\n`,
    );
    for (const [file, text] of Object.entries(extra ?? {}))
      writeFileSync(join(content, 'worthies', file), text);
  }
  for (const [file, depth] of Object.entries(NESTED_QUOTES)) {
    const path = join(content, file);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n${'>'.repeat(depth)} 深\n`);
  }
}

/** The failed build of the archive with every broken file. */
export const brokenArchiveFailure = (): Promise<BuildFailure> =>
  fixtureBuildFailure(sharedArchive('broken', layBrokenFiles));

/**
 * A copy of the fixture archive changed by `lay`, at the same path for every file of the run (so
 * that they share its build). Laid in a folder of its own and moved into place in one step.
 */
function sharedArchive(name: string, lay: (content: string) => void): string {
  const root = join(SCRATCH_ROOT, 'archives', name);
  const content = join(root, 'content');
  if (existsSync(content)) return content;
  const work = scratchDir(`archive-${name}`);
  cpSync(FIXTURE_CONTENT, join(work, 'content'), { recursive: true });
  lay(join(work, 'content'));
  mkdirSync(join(SCRATCH_ROOT, 'archives'), { recursive: true });
  try {
    renameSync(work, root);
  } catch (error) {
    // Another worker laid it first: use theirs.
    if (!existsSync(content)) throw error;
    rmSync(work, { recursive: true, force: true });
  }
  return content;
}

/**
 * The site `build` makes, for the tests of the calling file: built (or taken from this run's
 * earlier build) before them. Use it like a BuiltSite; reading it inside a test is what waits.
 */
export function useBuiltSite(build: () => Promise<BuiltSite>): BuiltSite {
  let built: BuiltSite | undefined;
  beforeAll(async () => {
    built = await build();
  });
  const site = (): BuiltSite => {
    if (!built) throw new Error('the fixture site is read before its build finished (outside a test?)');
    return built;
  };
  return {
    get outDir() {
      return site().outDir;
    },
    get log() {
      return site().log;
    },
    page: (path) => site().page(path),
    file: (path) => site().file(path),
  };
}
