/**
 * Markdown descriptions in YAML entries (places, series, events), rendered with the same
 * citation and wiki-link handling as MDX bodies. Raw HTML in them is shown as text.
 */
import { markdownToHtml } from 'satteri';
import { cjkEmphasisPlugin } from '../integrations/markdown/cjk-emphasis.ts';
import { markdownFeatures } from '../integrations/markdown/features.ts';
import { escapeRawHtmlPlugin } from '../integrations/markdown/raw-html-plugin.ts';
import { textLinksPlugin } from '../integrations/markdown/text-links-plugin.ts';
import { entryPath, isSectionCollection, withBase } from '../lib/urls.ts';
import type { Archive } from './archive.ts';

export function renderMarkdown(text: string, sources: unknown, archive: Archive): string {
  const resolve = (target: string) => {
    const found = archive.names.resolve(target);
    if (!found.ok || !isSectionCollection(found.entry.collection)) return undefined;
    return {
      href: withBase(import.meta.env.BASE_URL, entryPath(found.entry.collection, found.entry.id)),
      name: found.entry.name,
    };
  };
  const { html } = markdownToHtml(text, {
    features: markdownFeatures,
    mdastPlugins: [escapeRawHtmlPlugin, cjkEmphasisPlugin, textLinksPlugin({ resolve })],
    data: {
      astro: {
        frontmatter: { sources },
        headings: [],
        localImagePaths: new Set(),
        remoteImagePaths: new Set(),
      },
    },
  });
  return html;
}
