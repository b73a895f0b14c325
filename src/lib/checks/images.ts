/**
 * Images: every image an entry names must exist next to it and be of a reasonable size, and every
 * image file in the content folder must be used by some entry (an unused original is never
 * published, so it is reported rather than left lying about).
 */
import { describeField } from './field-labels.ts';
import { DEFAULT_LIMITS, type ContentLimits } from './limits.ts';
import { formatBytes } from '../open-data-records.ts';
import { collectMarkers } from './schemas.ts';
import type { CheckedEntry, ImageFile, Problem } from './check-types.ts';

/** Formats whose size the check can read from the header without decoding (see image-size.ts). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif'];

/**
 * Resolves `./x/y.png` or `../z.png` against the folder of `file` (both with forward slashes);
 * undefined when the path climbs above the project root.
 */
export function resolveRelative(file: string, src: string): string | undefined {
  const parts = file.split('/').slice(0, -1);
  for (const part of src.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export function checkImages(
  entries: CheckedEntry[],
  images: readonly ImageFile[],
  limits: ContentLimits = DEFAULT_LIMITS,
): Problem[] {
  const byPath = new Map(images.map((image) => [image.path, image]));
  const used = new Set<string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const [marker, path] of collectMarkers(entry.data).images) {
      const problem = (message: string) =>
        problems.push({ file: entry.file, line: entry.lineOf(path), field: describeField(path), message });
      const src = marker.$image;
      if (src.startsWith('/') || /^[a-z]+:/i.test(src)) {
        problem(
          `图片路径「${src}」应是相对于本文件的路径，如 ./${entry.id}/portrait.jpg；不能用网址或绝对路径（网上的图片请下载后连同许可一起放进来）。`,
        );
        continue;
      }
      const resolved = resolveRelative(entry.file, src);
      if (resolved === undefined) {
        problem(
          `图片路径「${src}」走出了内容文件夹：图片要放在条目旁边（如 ./${entry.id}/portrait.jpg），路径里的 ../ 不能跳出本仓库。`,
        );
        continue;
      }
      const image = byPath.get(resolved);
      if (!image) {
        problem(
          `找不到图片文件「${src}」：图片要放在条目旁边，路径相对于本文件（如 ./${entry.id}/portrait.jpg），注意大小写和扩展名。`,
        );
        continue;
      }
      used.add(resolved);
      if (image.refused) continue;
      if (image.bytes > limits.imageBytes) {
        problem(
          `图片「${src}」有 ${formatBytes(image.bytes)}，超过 ${formatBytes(limits.imageBytes)}：请缩小到长边 3000 像素左右再放入（网站会自动生成适合手机和电脑的尺寸）。`,
        );
      }
      if (!image.size) {
        problem(
          `图片「${src}」读不出尺寸：文件可能已损坏，或者不是扩展名所说的格式。请用看图软件另存为 JPG 或 PNG 再放入。`,
        );
        continue;
      }
      const { width, height } = image.size;
      if (Math.max(width, height) > limits.imageSide || width * height > limits.imagePixels) {
        problem(
          `图片「${src}」是 ${width}×${height} 像素，超过上限（长边 ${limits.imageSide} 像素、共 ${limits.imagePixels / 1_000_000} 百万像素）：请缩小到长边 3000 像素左右再放入。`,
        );
      }
    }
  }
  for (const image of images) {
    if (image.refused) {
      problems.push({ file: image.path, line: 1, message: image.refused });
      continue;
    }
    if (used.has(image.path)) continue;
    problems.push({
      file: image.path,
      line: 1,
      message:
        '这张图片没有被任何条目使用，不会发布：请在条目的 portrait、gallery 或 cover 里引用它（并写明 credit 和 license），或者删除它。',
    });
  }
  return problems;
}
