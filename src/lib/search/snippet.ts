/**
 * One clean snippet per search result: the sentence of the page's indexed text that holds most of
 * the query's words, cut to a readable length around the first of them, with every occurrence of
 * those words marked. Pure text in, text parts out (no HTML), so the page inserts it safely.
 */

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * Pagefind's stored text: words separated by zero-width spaces, blocks (headings, list items)
 * joined with ". " or a space. Both are undone, and the text is split into sentences and blocks
 * (a space between Chinese characters only ever separates blocks: 提要 《史记》…).
 */
export function sentencesOf(content: string): string[] {
  const text = content.replace(/\u200b/g, '').replace(/\s+/g, ' ');
  return text
    .split(
      /(?<=[。！？!?；;])|(?<=[^\d\s])\.\s+|(?<=[\p{Script=Han}」』）》])\s+(?=[\p{Script=Han}「『（《])/u,
    )
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** Marked ranges of `terms` in `text` (case-insensitive), overlapping ones merged. */
function ranges(text: string, terms: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const found: [number, number][] = [];
  for (const term of terms) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1))
      found.push([at, at + term.length]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * The best sentence for `terms` (the query as searched: character pairs, words, pinyin), at most
 * `maxLength` characters, or undefined when no sentence holds any of them (a pinyin match on a
 * name: the result's summary says enough). Sentences found in `shown` (the summary printed above
 * the snippet) are not repeated.
 */
export function bestSnippet(
  content: string,
  terms: readonly string[],
  { maxLength = 80, shown = '' }: { maxLength?: number; shown?: string } = {},
): SnippetPart[] | undefined {
  const wanted = [...new Set(terms.map((term) => term.toLowerCase()).filter(Boolean))];
  if (wanted.length === 0) return undefined;
  let best: { sentence: string; score: number } | undefined;
  for (const sentence of sentencesOf(content)) {
    const lower = sentence.toLowerCase();
    const found = wanted.filter((term) => lower.includes(term)).length;
    if (found === 0 || shown.includes(sentence)) continue;
    // Between sentences with as many words, prose (ending in 。！？) beats headings and labels.
    const score = found * 2 + (/[。！？!?]$/u.test(sentence) ? 1 : 0);
    if (score > (best?.score ?? 0)) best = { sentence, score };
  }
  if (!best) return undefined;
  let text = best.sentence;
  let marks = ranges(text, wanted);
  const characters = Array.from(text);
  if (characters.length > maxLength) {
    // Start a little before the first match, so that the reader sees what leads up to it.
    const first = Array.from(text.slice(0, marks[0]?.[0] ?? 0)).length;
    const start = Math.max(0, Math.min(first - 10, characters.length - maxLength));
    const cut = characters.slice(start, start + maxLength).join('');
    text = `${start > 0 ? '…' : ''}${cut}${start + maxLength < characters.length ? '…' : ''}`;
    marks = ranges(text, wanted);
  }
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [from, to] of marks) {
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
