/**
 * Everything the build reads from its environment, in one place: the build mode (drafts, share
 * images), the content folder and the site's public address. The city's own settings (name,
 * districts, limits) are in site.config.ts, which takes its address from here.
 */
import { resolve } from 'node:path';

// Build mode

/**
 * Preview builds (`npm run preview:drafts`, or ARCHIVE_DRAFTS=1) include drafts and entries
 * awaiting review, each under a visible banner; public builds never do.
 */
export function includeDrafts(): boolean {
  return process.env['ARCHIVE_DRAFTS'] === '1';
}

/**
 * Posters and share cards for every entry (the default). ARCHIVE_ENTRY_IMAGES=0 leaves them out,
 * so that every page shares the site's card: for development and for scale tests, where
 * drawing thousands of images would dominate the build.
 */
export function entryShareImages(): boolean {
  return process.env['ARCHIVE_ENTRY_IMAGES'] !== '0';
}

// Content folder

/**
 * The archive's content folder. Fixture sites in tests and the benchmark's synthetic archives
 * point ARCHIVE_CONTENT_DIR elsewhere; everything else uses `content/` at the project root.
 */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env['ARCHIVE_CONTENT_DIR'] ?? 'content');
}

// Site address

/**
 * The site's public address decides every absolute link the build writes: canonical links, the
 * RSS feed, the sitemap, citations and the QR codes on posters and share cards. A public build
 * with a made-up address would print wrong QR codes on paper, so it refuses to start without one;
 * a preview (`npm start`, `npm run preview:drafts`, `astro dev`) builds for its local address and
 * says so on every page.
 */

/** Address that `npm start` and `astro dev` serve on. */
export const PREVIEW_SITE_URL = 'http://localhost:4321';

export interface SiteAddress {
  /** Origin (and nothing else) the site is published at, e.g. https://xiangxian.suqian.gov.cn */
  siteUrl: string;
  /** Path prefix, always starting and ending with '/'. */
  basePath: string;
  /** True when no public address is set: pages carry the preview banner. */
  preview: boolean;
}

export type Env = Record<string, string | undefined>;

/** Reads SITE_URL and BASE_PATH; an unset or empty SITE_URL means a preview on the local address. */
export function siteAddress(env: Env): SiteAddress {
  const given = env['SITE_URL']?.trim();
  const base = env['BASE_PATH']?.trim() || '/';
  return {
    siteUrl: given || PREVIEW_SITE_URL,
    basePath: `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'),
    preview: !given,
  };
}

const WHERE =
  '请设置环境变量 SITE_URL 为网站的正式地址（如 SITE_URL=https://xiangxian.example.cn npm run build）；' +
  '发布到 GitHub Pages 时由 .github/workflows/deploy.yml 自动设置；' +
  '只想在本机看看，请用 npm start（预览版，每页标注「预览」）。';

/**
 * Why a public build cannot go ahead with this address, in Chinese with the fix, or undefined
 * when it can. `previewAllowed` is set by `npm start` and `npm run preview:drafts` (ARCHIVE_PREVIEW=1).
 */
export function addressProblem(env: Env, previewAllowed: boolean): string | undefined {
  const given = env['SITE_URL']?.trim();
  if (!given) return previewAllowed ? undefined : `没有设置网站地址，不能构建公开版。${WHERE}`;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return `网站地址 SITE_URL=${given} 不是完整的网址（应以 https:// 开头）。${WHERE}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `网站地址 SITE_URL=${given} 应以 https:// 开头。${WHERE}`;
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return (
      `网站地址 SITE_URL=${given} 只应写到域名为止；子路径（如 ${url.pathname}）请写在 BASE_PATH 里：` +
      `SITE_URL=${url.origin} BASE_PATH=${url.pathname}`
    );
  }
  return undefined;
}
