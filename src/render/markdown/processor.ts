/**
 * The archive's one Markdown processor, with the same plugins everywhere: MDX bodies and Markdown
 * pages (through the archive integration) and the Markdown descriptions in YAML entries (places,
 * series, events), rendered here on the Node side. Raw HTML is shown as text.
 */
import { markdownToHtml } from 'satteri';
import type { NameIndex } from '../../lib/text-links.ts';
import { entryPath, isSectionCollection, withBase } from '../../lib/urls.ts';
import { cjkEmphasisPlugin } from './cjk-emphasis.ts';
import { markdownFeatures } from './features.ts';
import { figurePlugin } from './figure-plugin.ts';
import { escapeRawHtmlPlugin } from './raw-html-plugin.ts';
import { textLinksPlugin, type TextLinkOptions } from './text-links-plugin.ts';

type Resolve = TextLinkOptions['resolve'];

/** Resolves a wiki link or entry name to the address and name of its page, under the site's base. */
export function linkResolver(names: NameIndex, base: string): Resolve {
  return (target) => {
    const found = names.resolve(target);
    if (!found.ok || !isSectionCollection(found.entry.collection)) return undefined;
    return {
      href: withBase(base, entryPath(found.entry.collection, found.entry.id)),
      name: found.entry.name,
    };
  };
}

/**
 * Options for Sätteri: the site's Markdown features and plugins, in the order they must run.
 * Figures belong to MDX bodies, which declare their images; a description has none.
 */
export function markdownOptions(resolve: Resolve, { figures }: { figures: boolean }) {
  const plugins = [escapeRawHtmlPlugin, cjkEmphasisPlugin, textLinksPlugin({ resolve })];
  return { features: markdownFeatures, mdastPlugins: figures ? [...plugins, figurePlugin] : plugins };
}

/** Renders a Markdown field of a YAML entry; `sources` are the entry's, for numbering citations. */
export function renderMarkdown(text: string, sources: unknown, resolve: Resolve): string {
  const { html } = markdownToHtml(text, {
    ...markdownOptions(resolve, { figures: false }),
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
