import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedItems } from '../views/feed.ts';
import { siteConfig } from '../site.config.ts';

/** New and updated entries, newest first; drafts never appear (they are not in the archive). */
export async function GET(context: APIContext) {
  return rss({
    title: `${siteConfig.siteName}：新增与更新`,
    description: siteConfig.tagline,
    site: context.site ?? siteConfig.siteUrl,
    items: await feedItems(),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
}
