/**
 * Emphasis that CommonMark leaves as literal marks in Chinese text.
 *
 * CommonMark only closes `**` when the run is "right-flanking": in `**标题。**正文` the closing
 * run follows punctuation (`。`) and precedes a letter (`正`), so the parser keeps both runs as
 * text and readers see `**`. The npm packages `micromark-extension-cjk-friendly` and
 * `remark-cjk-friendly` fix this inside micromark's tokenizer, but Sätteri parses in Rust and takes
 * neither micromark extensions nor remark plugins (its `Features` have no such option). So the
 * repair runs at the next depth down: an mdast plugin on the text nodes the parser produced, which
 * pairs the leftover `**`, `__` and `~~` runs inside one text node and turns them into the nodes
 * the author meant. Code (inline or fenced) is never a text node, so it is left alone.
 */
import { defineMdastPlugin, type MdastContent } from 'satteri';

export type EmphasisSegment = { type: 'text'; value: string } | { type: 'strong' | 'delete'; value: string };

/**
 * A pair of identical marks with something between them that does not start or end with a space
 * (`** 不是 **` stays as written, as CommonMark would keep it). `__` is only taken when neither
 * side touches an ASCII letter or digit, so `snake__case__name` stays text.
 */
const PAIR = /(\*\*|~~)(?![\s*~])([^]*?[^\s*~])\1|(?<![A-Za-z0-9])__(?![\s_])([^]*?[^\s_])__(?![A-Za-z0-9])/g;

/** Splits text into plain runs and the strong or struck-through runs its leftover marks meant. */
export function splitLeftoverEmphasis(value: string): EmphasisSegment[] {
  const segments: EmphasisSegment[] = [];
  let last = 0;
  for (const match of value.matchAll(PAIR)) {
    const start = match.index;
    if (start > last) segments.push({ type: 'text', value: value.slice(last, start) });
    const inner = match[2] ?? match[3] ?? '';
    segments.push({ type: match[1] === '~~' ? 'delete' : 'strong', value: inner });
    last = start + match[0].length;
  }
  if (last < value.length) segments.push({ type: 'text', value: value.slice(last) });
  return segments;
}

/** True when text still holds a mark that a reader would see literally. */
export function hasLeftoverMarks(value: string): boolean {
  return /\*\*|__|~~/.test(value);
}

export const cjkEmphasisPlugin = defineMdastPlugin({
  name: 'archive-cjk-emphasis',
  text(node, ctx) {
    if (!hasLeftoverMarks(node.value)) return;
    const segments = splitLeftoverEmphasis(node.value);
    if (segments.length === 1 && segments[0]?.type === 'text') return;
    const replacement = segments.map((segment): MdastContent => {
      if (segment.type === 'text') return { type: 'text', value: segment.value };
      return { type: segment.type, children: [{ type: 'text', value: segment.value }] };
    });
    ctx.replaceNode(node, replacement);
  },
});
