/**
 * Images: every image an entry names must exist next to it and be of a reasonable size, and every
 * image file in the content folder must be used by some entry (an unused original is never
 * published, so it is reported rather than left lying about).
 */
import { describeField } from './field-labels.ts';
import { collectMarkers } from './schemas.ts';
import type { CheckedEntry, ImageFile, Problem } from './types.ts';

export const IMAGE_LIMITS = { bytes: 8 * 1024 * 1024, pixels: 6000 };

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff'];

/** Resolves `./x/y.png` or `../z.png` against the folder of `file` (both with forward slashes). */
export function resolveRelative(file: string, src: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of src.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export function checkImages(entries: CheckedEntry[], images: readonly ImageFile[]): Problem[] {
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
      const image = byPath.get(resolved);
      if (!image) {
        problem(
          `找不到图片文件「${src}」：图片要放在条目旁边，路径相对于本文件（如 ./${entry.id}/portrait.jpg），注意大小写和扩展名。`,
        );
        continue;
      }
      used.add(resolved);
      if (image.bytes > IMAGE_LIMITS.bytes) {
        problem(
          `图片「${src}」有 ${(image.bytes / 1024 / 1024).toFixed(1)} MB，超过 8 MB：请缩小到长边 3000 像素左右再放入（网站会自动生成适合手机和电脑的尺寸）。`,
        );
      }
      const longest = image.size ? Math.max(image.size.width, image.size.height) : 0;
      if (longest > IMAGE_LIMITS.pixels) {
        problem(
          `图片「${src}」是 ${image.size?.width}×${image.size?.height} 像素，长边超过 6000 像素：请缩小到长边 3000 像素左右再放入。`,
        );
      }
    }
  }
  for (const image of images) {
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
