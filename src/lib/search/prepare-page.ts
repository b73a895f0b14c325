/**
 * A built page as Pagefind should index it: folded to simplified characters (so 項羽 and 项羽 meet
 * in one index), plus a metadata field listing the run-final characters of its searchable text.
 */
import { foldText, runFinalCharacters, type Converter } from './chinese.ts';

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The searchable text of a page as Pagefind sees it: inside <main>, without scripts, styles and
 * <nav>, and without elements marked `data-pagefind-ignore` (cards of related entries, sources).
 */
export function mainText(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  const cleaned = main.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ');
  let text = '';
  let skipping = 0;
  let last = 0;
  for (const tag of cleaned.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*>/g)) {
    if (skipping === 0) text += cleaned.slice(last, tag.index);
    last = tag.index + tag[0].length;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (VOID_ELEMENTS.has(name) || tag[0].endsWith('/>')) continue;
    if (skipping > 0) skipping += closing ? -1 : 1;
    // Pagefind leaves out <nav> (menus, pagers) and anything marked data-pagefind-ignore.
    else if (!closing && (name === 'nav' || /\sdata-pagefind-ignore\b/.test(tag[0]))) skipping = 1;
    text += ' ';
  }
  if (skipping === 0) text += cleaned.slice(last);
  return text.replace(/&[a-z]+;|&#\d+;/g, ' ');
}

export function preparePageForSearch(html: string, toSimplified: Converter): string {
  const folded = toSimplified(html);
  const tails = runFinalCharacters(foldText(mainText(folded), toSimplified));
  if (tails.length === 0) return folded;
  const field = `<meta data-pagefind-meta="tail[content]" content="${tails.join(' ')}">`;
  return folded.replace('</head>', `${field}</head>`);
}
