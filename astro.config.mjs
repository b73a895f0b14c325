// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import archive from './src/integrations/archive-pipeline.ts';
import cmsBundle from './src/integrations/cms-bundle.ts';
import precompress from './src/integrations/deploy/precompress.ts';
import requireSiteAddress from './src/integrations/deploy/require-site-address.ts';
import shareImages from './src/integrations/share-images.ts';
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
    sitemap({ filter: (page) => !/\/print(?:-a5)?\/$/.test(page) && !page.endsWith('/admin/') }),
    shareImages(),
    cmsBundle(),
    // Last: compresses what every step before it wrote.
    precompress(),
  ],
  scopedStyleStrategy: 'where',
  image: { layout: 'constrained' },
  // Eight pages at a time: a rebuild copies most pages from the last one, and copying waits on the
  // disk (10,000 entries: 31 → 24 s for the pages of a rebuild).
  build: { format: 'directory', concurrency: 8 },
  // A page whose data and code are unchanged since the last build is copied from it instead of
  // rendered again: entry pages, citation files and share images return a key (src/views/page-keys.ts).
  experimental: { incrementalBuild: true },
  // Defence in depth: even if an escaping bug let contributed text into a script, the browser runs
  // only the site's own scripts (by address or by the hash Astro computes for each inline one).
  // Pagefind needs WebAssembly and a worker; style attributes (map colours) cannot run code.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
