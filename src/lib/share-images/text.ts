/**
 * Fitting text into fixed boxes without measuring glyphs: Han characters and full-width
 * punctuation are one em wide in a CJK font, Latin letters and digits about half. Good enough to
 * choose a font size and where to cut a summary; satori does the actual line breaking.
 */

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** The characters of a text as a reader counts them (grapheme clusters, not UTF-16 units). */
export function characters(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Width of a text in ems. */
export function widthInEms(text: string): number {
  let width = 0;
  for (const char of characters(text)) width += WIDE.test(char) ? 1 : char === ' ' ? 0.3 : 0.56;
  return width;
}

/**
 * The largest font size (px, a multiple of 2) between `min` and `max` at which `text` fits in
 * `lines` lines of `width` px with `tracking` em of letter spacing; `min` if nothing fits.
 */
export function fitFontSize(
  text: string,
  options: { width: number; lines: number; max: number; min: number; tracking?: number },
): number {
  const chars = characters(text).length;
  const ems = widthInEms(text) + chars * (options.tracking ?? 0);
  for (let size = options.max; size > options.min; size -= 2) {
    const perLine = options.width / size;
    // Whole characters per line: a line breaks between characters, never inside one.
    const lines = Math.ceil(ems / Math.floor(perLine));
    if (lines <= options.lines) return size;
  }
  return options.min;
}

const SENTENCE_END = /[。！？；]/u;
/** A Latin letter at both sides of a cut: the cut falls inside an English word. */
const LATIN = /[A-Za-z]/;

/**
 * The text cut to at most `maxEms` ems: at the last sentence end that keeps at least half of it,
 * otherwise mid-sentence with an ellipsis (……; English between words, with …).
 */
export function clampText(text: string, maxEms: number): string {
  const trimmed = text.trim();
  if (widthInEms(trimmed) <= maxEms) return trimmed;
  const chars = characters(trimmed);
  let width = 0;
  let cut = 0;
  while (cut < chars.length && width + widthInEms(chars[cut] ?? '') <= maxEms - 2) {
    width += widthInEms(chars[cut] ?? '');
    cut++;
  }
  const head = chars.slice(0, cut).join('');
  const lastEnd = Math.max(...characters(head).map((c, i) => (SENTENCE_END.test(c) ? i : -1)));
  if (lastEnd >= 0 && lastEnd + 1 >= cut / 2)
    return characters(head)
      .slice(0, lastEnd + 1)
      .join('');
  // English is cut between words, and ends with one ellipsis character, not the Chinese pair.
  const inWord = LATIN.test(chars[cut - 1] ?? '') && LATIN.test(chars[cut] ?? '');
  const words = inWord ? head.replace(/\s*\S*$/u, '') : head;
  if (/[A-Za-z][,.;:\s]*$/u.test(words)) return `${words.replace(/[,.;:\s]+$/u, '')}…`;
  return `${head.replace(/[，、：；,.\s]+$/u, '')}……`;
}

/** A URL as people read it: without the scheme and the trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
