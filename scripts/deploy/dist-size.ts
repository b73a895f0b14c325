/**
 * How big a built site is, by kind of file, and whether GitHub Pages will publish it: Pages
 * refuses a site above 1 GB, after a build that may have taken most of an hour, so the deploy
 * workflow checks before uploading.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** What GitHub Pages publishes at most (docs.github.com: "Published GitHub Pages sites may be no larger than 1 GB"). */
export const PAGES_LIMIT_BYTES = 1024 ** 3;

const KINDS: [kind: string, test: (path: string) => boolean][] = [
  ['搜索索引（pagefind/）', (path) => path.startsWith('pagefind/')],
  ['预压缩副本（.br/.gz）', (path) => /\.(br|gz)$/.test(path)],
  ['网页（.html）', (path) => extname(path) === '.html'],
  ['图片', (path) => /\.(png|jpe?g|webp|avif|gif|svg)$/.test(path)],
];
const OTHER = '其他';

/** Bytes per kind of file, from paths relative to the site folder with their sizes. */
export function sizeByKind(files: readonly { path: string; bytes: number }[]): Map<string, number> {
  const totals = new Map<string, number>([...KINDS.map(([kind]) => [kind, 0] as const), [OTHER, 0]]);
  for (const { path, bytes } of files) {
    const kind = KINDS.find(([, test]) => test(path))?.[0] ?? OTHER;
    totals.set(kind, (totals.get(kind) ?? 0) + bytes);
  }
  return totals;
}

/** Every file under `folder`, with its path relative to it ('/' as separator) and size. */
export function listFiles(folder: string): { path: string; bytes: number }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => ({ path: name.split('\\').join('/'), full: join(folder, name) }))
    .map(({ path, full }) => ({ path, stat: statSync(full) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ path, stat }) => ({ path, bytes: stat.size }));
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** A table of the shares, and an error in Chinese with what to do when the site is over `limit`. */
export function sizeReport(
  byKind: Map<string, number>,
  limit = PAGES_LIMIT_BYTES,
): { ok: boolean; text: string } {
  const total = [...byKind.values()].reduce((sum, bytes) => sum + bytes, 0);
  const lines = [...byKind]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `  ${kind}：${mb(bytes)}（${((bytes / (total || 1)) * 100).toFixed(0)}%）`);
  const summary = `dist/ 共 ${mb(total)}，GitHub Pages 最多发布 ${mb(limit)}：\n${lines.join('\n')}`;
  if (total <= limit) return { ok: true, text: summary };
  return {
    ok: false,
    text:
      `网站超过了 GitHub Pages 能发布的大小，发布已停止。\n${summary}\n` +
      '改法：构建时设置 ARCHIVE_PRECOMPRESS=0（Pages 自己压缩，不需要 .br/.gz 副本）；' +
      '或设置 ARCHIVE_ENTRY_IMAGES=0（不为每个条目画分享图）；' +
      '条目再多时请改用自己的服务器或对象存储（见 README 的「部署」一节）。',
  };
}
