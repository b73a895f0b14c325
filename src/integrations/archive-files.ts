/** Reading `content/` from disk for the archive check. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CheckOptions } from '../lib/checks/archive.ts';
import type { ContentFile } from '../lib/checks/types.ts';
import { BIBLIOGRAPHY_FILE, COLLECTION_FILES } from '../schemas/index.ts';

/** Every entry file under the content folder, skipping files and folders that start with `_`. */
export function readContentFiles(contentDir: string, root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const display = (path: string) => relative(root, path).split(sep).join('/');
  for (const [collection, { folder, extension }] of Object.entries(COLLECTION_FILES)) {
    const base = join(contentDir, folder);
    if (!existsSync(base)) continue;
    const names = readdirSync(base, { recursive: true, encoding: 'utf8' }).sort();
    for (const name of names) {
      const parts = name.split(sep);
      if (parts.some((part) => part.startsWith('_'))) continue;
      if (!name.endsWith(`.${extension}`)) continue;
      const path = join(base, name);
      files.push({
        collection: collection as ContentFile['collection'],
        path: display(path),
        text: readFileSync(path, 'utf8'),
      });
    }
  }
  const bibliography = join(contentDir, BIBLIOGRAPHY_FILE);
  if (existsSync(bibliography)) {
    files.push({
      collection: 'bibliography',
      path: display(bibliography),
      text: readFileSync(bibliography, 'utf8'),
    });
  }
  return files;
}

/** Image paths are relative to the entry's file, as Astro's `image()` resolves them. */
export function imageExistsFrom(root: string): CheckOptions['imageExists'] {
  return (entryFile, src) =>
    !src.startsWith('/') && !/^[a-z]+:/i.test(src) && existsSync(resolve(root, dirname(entryFile), src));
}
