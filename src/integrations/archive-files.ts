/**
 * Reading `content/` from disk for the archive check. Every file here was sent by a contributor,
 * so nothing is read before it is known to be safe to read: a symbolic link is followed only when
 * it stays inside the content or public folder, a file larger than the limit is never opened, and
 * text must be valid UTF-8. A file that fails is returned with the reason instead of its text, so
 * the check reports it like any other problem and nothing a contributor added goes unmentioned.
 */
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
} from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { IMAGE_EXTENSIONS } from '../lib/checks/images.ts';
import { DEFAULT_LIMITS, type ContentLimits } from '../lib/checks/limits.ts';
import { decodeUtf8 } from '../lib/checks/text-encoding.ts';
import type { ContentFile, ImageFile } from '../lib/checks/check-types.ts';
import { readImageSize } from '../lib/image-size.ts';
import { formatBytes } from '../lib/open-data-records.ts';
import { BIBLIOGRAPHY_FILE, COLLECTION_FILES } from '../schemas/index.ts';

/** Every entry file under the content folder, skipping files and folders that start with `_`. */
export function readContentFiles(
  contentDir: string,
  root: string,
  limits: ContentLimits = DEFAULT_LIMITS,
): ContentFile[] {
  const files: ContentFile[] = [];
  const display = (path: string) => relative(root, path).split(sep).join('/');
  const guard = pathGuard(contentDir, root);
  const read = (collection: ContentFile['collection'], path: string): ContentFile => {
    const refused = guard(path);
    if (refused) return { collection, path: display(path), text: '', refused: { line: 1, message: refused } };
    const size = lstatSync(path).size;
    if (size > limits.entryBytes) {
      return {
        collection,
        path: display(path),
        text: '',
        refused: {
          line: 1,
          message: `文件有 ${formatBytes(size)}，超过单个条目 ${formatBytes(limits.entryBytes)} 的上限：请把长文拆成几篇，或删去粘贴进来的多余内容。`,
        },
      };
    }
    const decoded = decodeUtf8(readFileSync(path));
    if (!decoded.ok) {
      return {
        collection,
        path: display(path),
        text: '',
        refused: {
          line: decoded.line,
          message: `文件不是有效的 UTF-8 文本（第 ${decoded.line} 行，第 ${decoded.offset} 字节处有无法识别的字节）：请用编辑器以「UTF-8」编码重新保存（不要用 GBK/GB2312）。`,
        },
      };
    }
    return { collection, path: display(path), text: decoded.text };
  };

  for (const [collection, { folder, extension }] of Object.entries(COLLECTION_FILES)) {
    const base = join(contentDir, folder);
    if (!existsSync(base)) continue;
    const names = readdirSync(base, { recursive: true, encoding: 'utf8' }).sort();
    for (const name of names) {
      const parts = name.split(sep);
      if (parts.some((part) => part.startsWith('_'))) continue;
      const path = join(base, name);
      if (!lstatSync(path).isFile() && !lstatSync(path).isSymbolicLink()) continue;
      const found = extname(name).slice(1);
      if (found === extension) files.push(read(collection as ContentFile['collection'], path));
      else if (!IMAGE_EXTENSIONS.includes(found)) {
        files.push({
          collection: collection as ContentFile['collection'],
          path: display(path),
          text: '',
          refused: { line: 1, message: unexpectedFile(found, extension, folder) },
        });
      }
    }
  }
  const bibliography = join(contentDir, BIBLIOGRAPHY_FILE);
  if (existsSync(bibliography)) files.push(read('bibliography', bibliography));
  return files;
}

/** What to say about a file of the wrong kind in a collection folder. */
function unexpectedFile(found: string, expected: string, folder: string): string {
  if (found.toLowerCase() === expected || (expected === 'yaml' && found.toLowerCase() === 'yml'))
    return `扩展名应是小写的 .${expected}（现在是 .${found}），否则这个条目不会被读入：请把文件改名。`;
  if (found === 'svg')
    return 'SVG 图片里可以藏脚本，本库不接受：请转成 PNG 或 JPG 再放入，并在条目里写明 credit 和 license。';
  if (['md', 'markdown', 'mdx', 'txt'].includes(found.toLowerCase()))
    return `${folder}/ 里的条目应是 .${expected} 文件（现在是 .${found}），否则它不会被读入：请改名为 .${expected}，并按模板写好元数据（可用 \`npm run new\` 生成）。`;
  return `${folder}/ 里只能放 .${expected} 条目和图片（${IMAGE_EXTENSIONS.join('、')}），不认识 .${found || '（无扩展名）'} 文件：请删去它，或把不发布的笔记放进以 _ 开头的文件夹。`;
}

/**
 * Refuses a path whose real location lies outside the content folder and the public folder
 * (a symbolic link to /etc/passwd, say), before a byte of it is read. Returns the reason.
 */
function pathGuard(contentDir: string, root: string): (path: string) => string | undefined {
  const allowed = [contentDir, join(root, 'public')]
    .filter((folder) => existsSync(folder))
    .map((folder) => realpathSync(folder));
  return (path) => {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return '这是一个指向不存在文件的符号链接：请放入文件本身，而不是链接。';
    }
    const inside = allowed.some((folder) => real === folder || real.startsWith(folder + sep));
    return inside
      ? undefined
      : '这是一个指向仓库 content/ 与 public/ 之外的符号链接，出于安全不会读取：请把文件本身放进条目旁边，而不是链接。';
  };
}

/** Every image file under the content folder, with its size in bytes and pixels. */
export function readImageFiles(contentDir: string, root: string): ImageFile[] {
  if (!existsSync(contentDir)) return [];
  const pattern = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');
  const guard = pathGuard(contentDir, root);
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name) && !name.split(sep).some((part) => part.startsWith('_')))
    .sort()
    .map((name) => {
      const path = join(contentDir, name);
      const shown = relative(root, path).split(sep).join('/');
      const refused = guard(path);
      if (refused) return { path: shown, bytes: 0, refused };
      // The dimensions sit in the first bytes (after any EXIF block, at most 64 KB).
      const head = Buffer.alloc(256 * 1024);
      const descriptor = openSync(path, 'r');
      const read = readSync(descriptor, head, 0, head.length, 0);
      closeSync(descriptor);
      return {
        path: shown,
        bytes: lstatSync(realpathSync(path)).size,
        size: readImageSize(head.subarray(0, read)),
      };
    });
}
