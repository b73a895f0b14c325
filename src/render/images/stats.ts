/**
 * Counts and timings of the share images of one build, read by the integration at the end of the
 * build. Kept on globalThis because the endpoints that draw the images run from Astro's bundled
 * copy of the modules, not from the copy the integration imported.
 */
export interface ShareImageStats {
  images: number;
  cards: number;
  posters: number;
  drawn: number;
  cached: number;
  /** Wall time of everything below: hashing, cache checks, subsetting, drawing. */
  ms: number;
  /** Part of it spent laying out trees and hashing them (and the pictures) for the cache keys. */
  hashMs: number;
  /** Part of it spent subsetting the font. */
  fontMs: number;
}

const KEY = '__xiangxianShareImageStats';
const store = globalThis as unknown as Record<typeof KEY, ShareImageStats | undefined>;

function empty(): ShareImageStats {
  return { images: 0, cards: 0, posters: 0, drawn: 0, cached: 0, ms: 0, hashMs: 0, fontMs: 0 };
}

export function stats(): ShareImageStats {
  store[KEY] ??= empty();
  return store[KEY];
}

export function resetStats(): void {
  store[KEY] = empty();
}
