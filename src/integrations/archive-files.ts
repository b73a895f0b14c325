/** Reading `content/` from disk for the archive check. */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { IMAGE_EXTENSIONS } from '../lib/checks/images.ts';
import type { ContentFile, ImageFile } from '../lib/checks/types.ts';
import { readImageSize } from '../lib/image-size.ts';
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

/** Every image file under the content folder, with its size in bytes and pixels. */
export function readImageFiles(contentDir: string, root: string): ImageFile[] {
  if (!existsSync(contentDir)) return [];
  const pattern = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name) && !name.split(sep).some((part) => part.startsWith('_')))
    .sort()
    .map((name) => {
      const path = join(contentDir, name);
      // The dimensions sit in the first bytes (after any EXIF block, at most 64 KB).
      const head = Buffer.alloc(256 * 1024);
      const descriptor = openSync(path, 'r');
      const read = readSync(descriptor, head, 0, head.length, 0);
      closeSync(descriptor);
      return {
        path: relative(root, path).split(sep).join('/'),
        bytes: statSync(path).size,
        size: readImageSize(head.subarray(0, read)),
      };
    });
}
