/**
 * The archive check over the files on disk. The build runs it before Astro reads any content, so a
 * broken entry stops the build (and the dev server) with file, line, field and a fix in Chinese,
 * and no contributed MDX is compiled before it has passed; `npm run check` runs the same.
 */
import { checkArchive, type CheckResult } from '../lib/checks/archive.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HANT_PHRASES_FILE } from '../lib/hant.ts';
import { siteConfig } from '../site.config.ts';
import { readContentFiles, readImageFiles } from './archive-files.ts';
import { includeDrafts } from './build-mode.ts';
import { contentDir } from './content-dir.ts';

/** Reads and checks the archive under `root`. */
export function runArchiveCheck(root: string): CheckResult {
  const folder = contentDir(root);
  return checkArchive(readContentFiles(folder, root), {
    districts: siteConfig.districts.map((d) => d.id),
    images: readImageFiles(folder, root),
    includeDrafts: includeDrafts(),
    hantPhrases: existsSync(join(folder, HANT_PHRASES_FILE))
      ? {
          file: relative(root, join(folder, HANT_PHRASES_FILE)),
          text: readFileSync(join(folder, HANT_PHRASES_FILE), 'utf8'),
        }
      : undefined,
  });
}

export class ArchiveCheckError extends Error {
  readonly report: string;
  constructor(report: string) {
    super(`内容检查未通过，构建已停止（content check failed）。\n\n${report}`);
    this.name = 'ArchiveCheckError';
    this.report = report;
  }
}
