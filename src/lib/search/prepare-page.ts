/**
 * A built page as Pagefind should index it: folded to simplified characters (so 項羽 and 项羽 meet
 * in one index), plus a metadata field listing the run-final characters of its searchable text.
 */
import { foldText, runFinalCharacters, type Converter } from './chinese.ts';

/** The searchable text of a page: inside <main>, without scripts, styles and tags. */
export function mainText(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

export function preparePageForSearch(html: string, toSimplified: Converter): string {
  const folded = toSimplified(html);
  const tails = runFinalCharacters(foldText(mainText(folded), toSimplified));
  if (tails.length === 0) return folded;
  const field = `<meta data-pagefind-meta="tail[content]" content="${tails.join(' ')}">`;
  return folded.replace('</head>', `${field}</head>`);
}
