/** Copies the fixture archive, lays a broken case over it, and runs the archive check on the copy. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { checkArchive, type CheckResult } from '../../src/lib/checks/check-archive.ts';
import { readContentFiles, readImageFiles } from '../../src/integrations/archive-files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { scratchDir } from './scratch.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const FIXTURE_CONTENT = join(FIXTURES, 'site', 'content');

/** A fresh copy of the fixture archive, with the files of `broken/<name>/` laid over it. */
export function fixtureCopy(broken?: string): { root: string; content: string } {
  const root = scratchDir('fixture');
  const content = join(root, 'content');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  if (broken) cpSync(join(FIXTURES, 'broken', broken), content, { recursive: true });
  return { root, content };
}

export function checkFixture(broken?: string, options: { includeDrafts?: boolean } = {}): CheckResult {
  const { root, content } = fixtureCopy(broken);
  return checkArchive(readContentFiles(content, root), {
    districts: siteConfig.districts.map((d) => d.id),
    images: readImageFiles(content, root),
    ...options,
  });
}
