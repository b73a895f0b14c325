/**
 * Sätteri plugin for `[@S51]` citations and `[[项羽]]` wiki links in MDX bodies and Markdown
 * descriptions. A citation becomes a superscript number pointing into the page's source list, in
 * the order of the entry's `sources`; a wiki link becomes a link to the entry it names.
 * The archive check has already rejected unknown targets, so anything unresolved here stays text.
 */
import {
  defineMdastPlugin,
  type MdastContent,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';
import { splitTextLinks, wikiLinkText } from '../../lib/text-links.ts';

export interface TextLinkOptions {
  /** Site path and display name for a wiki-link target, or undefined when it names nothing. */
  resolve: (target: string) => { href: string; name: string } | undefined;
}

/** The 1-based position of each source id in the entry's `sources` list. */
export function sourceNumbers(sources: unknown): Map<string, number> {
  const numbers = new Map<string, number>();
  if (!Array.isArray(sources)) return numbers;
  // Raw frontmatter has `S51` or `{ id: S51 }`; parsed data has `{ id: { collection, id: S51 } }`.
  const idOf = (value: unknown): unknown =>
    typeof value === 'object' && value !== null && 'id' in value ? idOf(value.id) : value;
  sources.forEach((source: unknown, index) => {
    const id = idOf(source);
    if (typeof id === 'string' && !numbers.has(id)) numbers.set(id, index + 1);
  });
  return numbers;
}

export function textLinksPlugin({ resolve }: TextLinkOptions) {
  /** `<EntryLink to="项羽">` gets the page's `href` and `name` now, so the component needs no archive. */
  const resolveEntryLink = <E extends MdxJsxFlowElement | MdxJsxTextElement>(node: E): E | undefined => {
    if (node.name !== 'EntryLink') return undefined;
    const to = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'to')?.value;
    const found = typeof to === 'string' ? resolve(to) : undefined;
    if (!found) return undefined;
    return {
      ...node,
      attributes: [
        ...node.attributes,
        { type: 'mdxJsxAttribute', name: 'href', value: found.href },
        { type: 'mdxJsxAttribute', name: 'name', value: found.name },
      ],
    };
  };
  return defineMdastPlugin({
    name: 'archive-text-links',
    mdxJsxTextElement: resolveEntryLink,
    mdxJsxFlowElement: resolveEntryLink,
    text(node, ctx) {
      if (!node.value.includes('[@') && !node.value.includes('[[')) return;
      const frontmatter = (ctx.data as { astro?: { frontmatter?: { sources?: unknown } } }).astro
        ?.frontmatter;
      const numbers = sourceNumbers(frontmatter?.sources);
      const mdx = ctx.sourceFormat === 'mdx';
      const replacement = splitTextLinks(node.value).map((segment): MdastContent => {
        if (segment.type === 'text') return { type: 'text', value: segment.value };
        if (segment.type === 'citation') {
          const number = numbers.get(segment.id);
          if (number === undefined) return { type: 'text', value: `[@${segment.id}]` };
          return citation(number, mdx);
        }
        const found = resolve(segment.target);
        const label = wikiLinkText(segment.target, segment.label, found?.name);
        if (!found) return { type: 'text', value: label };
        return { type: 'link', url: found.href, title: null, children: [{ type: 'text', value: label }] };
      });
      ctx.replaceNode(node, replacement);
    },
  });
}

function citation(number: number, mdx: boolean): MdastContent {
  const href = `#source-${number}`;
  if (!mdx) {
    return {
      type: 'html',
      value: `<sup class="cite"><a href="${href}" aria-label="来源${number}">[${number}]</a></sup>`,
    };
  }
  return {
    type: 'mdxJsxTextElement',
    name: 'sup',
    attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'cite' }],
    children: [
      {
        type: 'mdxJsxTextElement',
        name: 'a',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'href', value: href },
          { type: 'mdxJsxAttribute', name: 'aria-label', value: `来源${number}` },
        ],
        children: [{ type: 'text', value: `[${number}]` }],
      },
    ],
  };
}
