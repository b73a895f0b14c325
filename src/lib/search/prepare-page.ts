/**
 * A built page as Pagefind should index it: folded to simplified characters (so 項羽 and 项羽 meet
 * in one index), with the editorial search terms (synonyms, keywords) added to its indexed text,
 * plus a metadata field listing the run-final characters of its searchable text.
 */
import { containsAny, foldText, runFinalCharacters, type Converter } from './chinese.ts';
import { searchTerms, type Synonym } from './vocabulary.ts';

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

/** Classes of elements that readers do not read as part of the text (see `markUnread`). */
const UNREAD_CLASS = /\bclass="(?:[^"]*\s)?(?:no-print|sr-only|cite)(?:\s[^"]*)?"/;

/**
 * Marks with `data-pagefind-ignore` what a reader does not read as the page's text, so that it is
 * neither found nor shown in a result's snippet: source marks ([1]) and footnote marks and their
 * return arrows, text only for screen readers (a fact list's hidden heading), and the controls
 * left out of print (back links, share and poster links, edition switches).
 */
export function markUnread(html: string): string {
  return html
    .replace(/<([a-z][\w-]*)(\s[^>]*)>/g, (tag: string, name: string, attributes: string) =>
      UNREAD_CLASS.test(attributes) && !attributes.includes('data-pagefind-ignore')
        ? `<${name} data-pagefind-ignore${attributes}>`
        : tag,
    )
    .replace(/<sup>(?=<a [^>]*data-footnote-ref)/g, '<sup data-pagefind-ignore>')
    .replace(/<a (?=[^>]*data-footnote-backref)/g, '<a data-pagefind-ignore ');
}

/**
 * The searchable text of a page as Pagefind sees it: inside <main>, without scripts, styles and
 * <nav>, without elements marked `data-pagefind-ignore` (cards of related entries, sources) and
 * without what `markUnread` marks.
 */
export function mainText(html: string): string {
  const main = markUnread(/<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '');
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

/**
 * The page without what Pagefind never reads: styles, scripts (the page's own are Astro's, and
 * its JSON-LD) and the security policy, which together are about half of an entry page's bytes.
 */
export function withoutPresentation(html: string): string {
  return html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<link rel="stylesheet"[^>]*>|<meta http-equiv="content-security-policy"[^>]*>/g, '');
}

/**
 * Folds what Pagefind reads (the <main> element and the `data-pagefind-*` fields) and adds the
 * run-final characters. Text without any foldable character is left alone, which keeps the
 * step fast: most pages are written in simplified characters already.
 */
export function preparePageForSearch(
  html: string,
  toSimplified: Converter,
  foldable: ReadonlySet<string>,
  synonyms: readonly Synonym[] = [],
): string {
  const fold = (text: string) => (containsAny(text, foldable) ? toSimplified(text) : text);
  const folded = withSearchTerms(
    withoutPresentation(html)
      .replace(/<main\b[\s\S]*?<\/main>/, (main) => fold(markUnread(main)))
      .replace(/<meta [^>]*data-pagefind-[^>]*>/g, fold),
    synonyms,
    fold,
  );
  const tails = runFinalCharacters(foldText(mainText(folded), (text) => text));
  if (tails.length === 0) return folded;
  const field = `<meta data-pagefind-meta="tail[content]" content="${tails.join(' ')}">`;
  return folded.replace('</head>', `${field}</head>`);
}

/** Every character in the CJK blocks that traditional → simplified folding changes. */
export function foldableCharacters(toSimplified: Converter): Set<string> {
  const characters = new Set<string>();
  const ranges: [number, number][] = [
    [0x3400, 0x9fff],
    [0xf900, 0xfaff],
  ];
  for (const [from, to] of ranges) {
    for (let point = from; point <= to; point++) {
      const character = String.fromCodePoint(point);
      if (toSimplified(character) !== character) characters.add(character);
    }
  }
  return characters;
}

/** Between keywords in the page's head; a keyword may hold a space but never this. */
export const KEYWORD_SEPARATOR = '、';

/** The entry's `keywords`, as SearchMeta.astro writes them into the page's head. */
export function pageKeywords(html: string): string[] {
  const content = /<meta name="search-keywords" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return content.split(KEYWORD_SEPARATOR).filter(Boolean);
}

/**
 * Adds the search terms a page should be found by (everyday words for its formal terms, its
 * keywords) as one indexed paragraph at the end of <main>. Only the index sees it: the page
 * served to readers is not changed. Terms are letters and digits only (see vocabulary.ts), so
 * they need no escaping.
 */
export function withSearchTerms(
  html: string,
  synonyms: readonly Synonym[],
  fold: (text: string) => string = (text) => text,
): string {
  const keywords = pageKeywords(html);
  if (synonyms.length === 0 && keywords.length === 0) return html;
  const terms = searchTerms(mainText(html), synonyms, keywords.map(fold));
  if (terms.length === 0) return html;
  return html.replace(/<\/main>/, `<p data-search-terms>${terms.join(' ')}</p></main>`);
}
