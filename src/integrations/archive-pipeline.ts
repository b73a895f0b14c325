/**
 * The archive's build-time pipeline as one integration: check the content before anything
 * compiles, then give the Markdown processor what it needs to resolve citations and wiki links.
 */
import type { AstroIntegration } from 'astro';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { createNameIndex, describeForLinks } from '../lib/text-links.ts';
import { formatProblems } from '../lib/checks/report.ts';
import { ArchiveCheckError, readRootFile, runArchiveCheck } from './archive-check.ts';
import { parseSearchSynonyms, SEARCH_SYNONYMS_FILE, type Synonym } from '../lib/search/vocabulary.ts';
import { contentDir, includeDrafts } from '../settings.ts';
import { mdxGatePlugin } from './mdx-gate-plugin.ts';
import { buildSearchIndex } from './search/pagefind-index.ts';
import { searchConfigPlugin } from './search/search-config.ts';
import { stripImageMetadata } from './strip-image-metadata.ts';
import { linkResolver, markdownOptions } from '../render/markdown/processor.ts';

export default function archive(): AstroIntegration {
  let base = '/';
  let synonyms: Synonym[] = [];
  let searchCache: string | undefined;
  return {
    name: 'archive',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        searchCache = fileURLToPath(new URL('xiangxian-search/', config.cacheDir));
        const started = performance.now();
        const root = fileURLToPath(config.root);
        const result = runArchiveCheck(root);
        if (result.problems.length > 0) throw new ArchiveCheckError(formatProblems(result.problems));
        // Checked above; read once more for the search index, which adds the everyday words.
        const synonymsFile = readRootFile(contentDir(root), root, SEARCH_SYNONYMS_FILE);
        synonyms = synonymsFile ? parseSearchSynonyms(synonymsFile.text).synonyms : [];
        logger.info(
          `内容检查通过：${result.entries.length} 条，用时 ${Math.round(performance.now() - started)} ms`,
        );

        const visible = result.entries.filter((e) => e.published || includeDrafts());
        const names = createNameIndex(describeForLinks(visible));
        updateConfig({
          vite: { plugins: [mdxGatePlugin(contentDir(root), root), searchConfigPlugin()] },
          markdown: {
            processor: satteri(markdownOptions(linkResolver(names, config.base), { figures: true })),
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cleaned = await stripImageMetadata(outDir);
        if (cleaned.length > 0) logger.info(`已去除 ${cleaned.length} 个图片文件中的元数据（EXIF/GPS）`);
        const search = await buildSearchIndex(outDir, base, synonyms, searchCache);
        logger.info(`搜索索引：${search.pages} 页，${search.chunks} 个分块，用时 ${search.milliseconds} ms`);
      },
    },
  };
}
