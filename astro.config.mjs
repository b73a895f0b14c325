// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import archive from './src/integrations/archive.ts';
import cmsBundle from './src/integrations/cms-bundle.ts';
import shareImages from './src/integrations/images/index.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  integrations: [
    archive(),
    mdx(),
    // The printed editions of gifts are for printing, not for search engines (they say noindex).
    sitemap({ filter: (page) => !/\/print(?:-a5)?\/$/.test(page) && !page.endsWith('/admin/') }),
    shareImages(),
    cmsBundle(),
  ],
  scopedStyleStrategy: 'where',
  image: { layout: 'constrained' },
  build: { format: 'directory' },
});
