import { resolve } from 'node:path';

/**
 * The archive's content folder. Fixture sites in tests and the benchmark's synthetic archives
 * point ARCHIVE_CONTENT_DIR elsewhere; everything else uses `content/` at the project root.
 */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env['ARCHIVE_CONTENT_DIR'] ?? 'content');
}
