/**
 * The archive check over the files on disk. The build runs it before Astro reads any content, so a
 * broken entry stops the build (and the dev server) with file, line, field and a fix in Chinese,
 * and no contributed MDX is compiled before it has passed; `npm run check` runs the same.
 */
import { checkArchive, type CheckResult } from '../lib/checks/check-archive.ts';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeUtf8 } from '../lib/checks/text-encoding.ts';
import { HANT_PHRASES_FILE } from '../lib/hant.ts';
import { SEARCH_SYNONYMS_FILE } from '../lib/search/vocabulary.ts';
import { siteConfig } from '../site.config.ts';
import { readContentFiles, readImageFiles } from './archive-files.ts';
import { contentDir, includeDrafts } from '../settings.ts';
import { HOME_FILE, readHomeFeatures } from '../lib/home-features.ts';
import type { Problem } from '../lib/checks/check-types.ts';

/** Reads and checks the archive under `root`. */
export function runArchiveCheck(root: string): CheckResult {
  const folder = contentDir(root);
  const result = checkArchive(readContentFiles(folder, root, siteConfig.limits), {
    districts: siteConfig.districts.map((d) => d.id),
    images: readImageFiles(folder, root),
    includeDrafts: includeDrafts(),
    limits: siteConfig.limits,
    hantPhrases: readRootFile(folder, root, HANT_PHRASES_FILE),
    searchSynonyms: readRootFile(folder, root, SEARCH_SYNONYMS_FILE),
  });
  result.problems.push(...checkHomeFeatures(readRootFile(folder, root, HOME_FILE), result));
  return result;
}

/** The front page's choice (home.yaml) must name published entries; the same reader as the page's. */
function checkHomeFeatures(home: { file: string; text: string } | undefined, result: CheckResult): Problem[] {
  if (!home) return [];
  const published = (collection: string) =>
    new Set(
      result.entries
        .filter((e) => e.collection === collection && (e.published || includeDrafts()))
        .map((e) => e.id),
    );
  const { problems } = readHomeFeatures(home.text, {
    worthies: published('worthies'),
    places: published('places'),
    gifts: published('gifts'),
  });
  return problems.map((problem) => ({ file: home.file, ...problem }));
}

export class ArchiveCheckError extends Error {
  readonly report: string;
  constructor(report: string) {
    super(`内容检查未通过，构建已停止（content check failed）。\n\n${report}`);
    this.name = 'ArchiveCheckError';
    this.report = report;
    // The message is the whole story for a contributor; where in our code it was thrown is not.
    this.stack = this.message;
  }
}

/**
 * A file at the top of the content folder (the 繁體 phrase table, the front page's choice), read
 * like every contributed file: a real file, not a link, within the size limit, UTF-8.
 */
export function readRootFile(
  folder: string,
  root: string,
  name: string,
): { file: string; text: string } | undefined {
  const path = join(folder, name);
  if (!existsSync(path) || !lstatSync(path).isFile() || lstatSync(path).size > siteConfig.limits.entryBytes)
    return undefined;
  const decoded = decodeUtf8(readFileSync(path));
  return decoded.ok ? { file: relative(root, path).split(sep).join('/'), text: decoded.text } : undefined;
}
