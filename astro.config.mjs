// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import archive from './src/integrations/archive.ts';
import precompress from './src/integrations/deploy/precompress.ts';
import requireSiteAddress from './src/integrations/deploy/require-site-address.ts';
import shareImages from './src/integrations/images/index.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  integrations: [
    requireSiteAddress(),
    archive(),
    mdx(),
    // The printed editions of gifts are for printing, not for search engines (they say noindex).
    sitemap({ filter: (page) => !/\/print(?:-a5)?\/$/.test(page) }),
    shareImages(),
    // Last: compresses what every step before it wrote.
    precompress(),
  ],
  scopedStyleStrategy: 'where',
  image: { layout: 'constrained' },
  build: { format: 'directory' },
});
