/**
 * A workaround for a Pagefind 1.6 chunk-loading bug. The word index is split into chunks; for a
 * query word Pagefind fetches only the chunk whose range holds the word itself, so when the words
 * that start with it (all matched, since words match as prefixes) spill into the next chunk, those
 * pages are silently missed (相 found 275 of 1,077 pages in the project's measurements). The build
 * publishes the first word of every chunk; before searching, the browser preloads each chunk whose
 * first word starts with a query word.
 */

/** First words of the chunks to preload for a query word, given every chunk's first word. */
export function spilledChunkStarts(term: string, chunkStarts: readonly string[]): string[] {
  if (!term) return [];
  return chunkStarts.filter((start, index) => index > 0 && start !== term && start.startsWith(term));
}
