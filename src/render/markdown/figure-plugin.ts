/**
 * `<Figure src="./xiang-yu/map.png" />` names an image declared in the entry's frontmatter, where
 * its credit and licence are. At compile time this plugin finds which declaration it is
 * (`portrait`, `cover`, `gallery.2`) and adds it as the `image` attribute, so the component can
 * take the optimised image from the entry. The archive check has already refused undeclared images.
 */
import { defineMdastPlugin, type MdxJsxFlowElement } from 'satteri';

interface DeclaredImage {
  src?: unknown;
}

/** Keys of the images an entry declares, by the path written in frontmatter. */
export function declaredImageKeys(frontmatter: Record<string, unknown> | undefined): Map<string, string> {
  const keys = new Map<string, string>();
  const add = (key: string, image: unknown) => {
    const src = (image as DeclaredImage | undefined)?.src;
    if (typeof src === 'string') keys.set(normalise(src), key);
  };
  add('portrait', frontmatter?.['portrait']);
  add('cover', frontmatter?.['cover']);
  const gallery = frontmatter?.['gallery'];
  if (Array.isArray(gallery))
    gallery.forEach((image, index) => {
      add(`gallery.${index}`, image);
    });
  return keys;
}

function normalise(src: string): string {
  return src.replace(/^\.\//, '');
}

/** The entry's declared images, passed by EntryBody to the MDX content as the `entryImages` prop. */
const ENTRY_IMAGES = {
  type: 'mdxJsxAttribute',
  name: 'images',
  value: { type: 'mdxJsxAttributeValueExpression', value: 'props.entryImages' },
} as const;

export const figurePlugin = defineMdastPlugin({
  name: 'archive-figure',
  mdxJsxFlowElement(node, ctx) {
    if (node.name === 'Gallery') return { ...node, attributes: [...node.attributes, ENTRY_IMAGES] };
    if (node.name !== 'Figure') return;
    const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro
      ?.frontmatter;
    const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
    const key = typeof src === 'string' ? declaredImageKeys(frontmatter).get(normalise(src)) : undefined;
    if (!key) return;
    const element: MdxJsxFlowElement = {
      ...node,
      attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'image', value: key }, ENTRY_IMAGES],
    };
    return element;
  },
});
