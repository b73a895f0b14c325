/**
 * The element trees satori turns into SVG, written as plain objects (no JSX, no React): a `div`
 * with a style and children. Satori lays out with flexbox only, so every box with more than one
 * child says `display: flex`.
 */

export type Style = Record<string, string | number>;

export interface ImageElement {
  type: 'img';
  props: { src: string; width: number; height: number; style?: Style };
}

export interface BoxElement {
  type: 'div';
  props: { style: Style; children?: Child[] | Child | undefined };
}

export type Element = BoxElement | ImageElement;
export type Child = Element | string;

export function box(style: Style, ...children: (Child | false | undefined)[]): BoxElement {
  const kept = children.filter((child): child is Child => child !== false && child !== undefined);
  return { type: 'div', props: { style, children: kept.length === 1 ? kept[0] : kept } };
}

export function image(src: string, width: number, height: number, style: Style = {}): ImageElement {
  return { type: 'img', props: { src, width, height, style } };
}

/** Every character of text in a tree, for subsetting the font to what is drawn. */
export function textOf(node: Child): string {
  if (typeof node === 'string') return node;
  if (node.type === 'img') return '';
  const { children } = node.props;
  if (children === undefined) return '';
  return (Array.isArray(children) ? children : [children]).map(textOf).join('');
}
