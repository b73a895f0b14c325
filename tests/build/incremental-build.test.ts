/**
 * The incremental build: a second build with the first one's caches copies every page whose key
 * and code are unchanged (src/views/page-keys.ts) and renders the rest. Whatever it reuses, the
 * site it writes must be the one a build from scratch writes for the same content: a key that
 * missed something a page shows would leave that page stale, and shows up here as a difference.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture-archive.ts';
import { buildInFolder, type BuiltSite } from '../helpers/fixture-build.ts';
import { scratchDir } from '../helpers/scratch.ts';

// A fixed "accessed" day for the citations, so that a build crossing midnight cannot differ.
const ENV = { ARCHIVE_ENTRY_IMAGES: '0', SOURCE_DATE_EPOCH: '1764806400' };

/** Every file of a built site by its path, with its bytes. */
function filesOf(site: BuiltSite): Map<string, Buffer> {
  return new Map(
    readdirSync(site.outDir, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => {
        const path = join(item.parentPath, item.name);
        return [relative(site.outDir, path), readFileSync(path)];
      }),
  );
}

/** Pages the build copied from the last one instead of rendering, from its log. */
function reusedPages(site: BuiltSite): string[] {
  return [...site.log.matchAll(/(\/\S+?\/index\.html) \((?:cached|restored)\)/g)].map((m) => m[1] ?? '');
}

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no ${from}`);
  writeFileSync(path, text.replace(from, to));
}

describe('a build after an edit, with the caches of the build before it', () => {
  let before: BuiltSite;
  let after: BuiltSite;
  let fresh: BuiltSite;

  beforeAll(async () => {
    const { content } = fixtureCopy();
    // The same output and cache folders both times, as on a build server that keeps them.
    const folder = scratchDir('incremental');
    before = await buildInFolder(content, folder, ENV);
    // A body and a summary (shown on its own page, and on 王某's, which 李某 mentions), and a
    // summary in a YAML entry.
    const liMou = join(content, 'worthies', 'li-mou.mdx');
    edit(liMou, '另见[[wang-mou]]', '又见[[wang-mou]]');
    edit(liMou, '用来检查公元前日期', '用来检查公元前的日期');
    edit(join(content, 'places', 'jia-zhen.yaml'), '王某曾在这里讲学', '王某曾在这里讲学多年');
    after = await buildInFolder(content, folder, ENV);
    fresh = await buildInFolder(content, scratchDir('fresh'), ENV);
  }, 900_000);

  it('writes the same site as a build from scratch', () => {
    const built = filesOf(after);
    const expected = filesOf(fresh);
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(([path, bytes]) => !built.get(path)?.equals(bytes));
    expect(differing.map(([path]) => path)).toEqual([]);
  });

  it('shows the edits', () => {
    expect(after.page('/worthies/li-mou/')).toContain('又见');
    expect(after.page('/places/jia-zhen/')).toContain('王某曾在这里讲学多年');
    expect(after.page('/worthies/wang-mou/')).toContain('用来检查公元前的日期');
  });

  it('renders the edited pages again', () => {
    expect(reusedPages(after)).not.toContain('/worthies/li-mou/index.html');
    expect(reusedPages(after)).not.toContain('/places/jia-zhen/index.html');
  });

  it('copies pages and citation files that nothing edited changed', () => {
    expect(reusedPages(before)).toEqual([]);
    expect(reusedPages(after).length).toBeGreaterThan(0);
    expect(after.log).toMatch(/\/cite\/heritage\/mou-xi\.bib \((?:cached|restored)\)/);
  });
});
