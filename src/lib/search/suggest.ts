/**
 * Other spellings to offer when a search finds nothing: for pinyin, the names it could mean in
 * characters; for characters, names that share most of them (a typo or a variant form).
 */

export interface SearchName {
  /** Name or alias as written. */
  name: string;
  /** Pinyin keys: full and initials (xiangyu, xy). */
  pinyin: string[];
  url: string;
  type: string;
}

const LATIN = /^[a-z\s]+$/i;

export function suggestNames(query: string, names: readonly SearchName[], limit = 6): SearchName[] {
  const trimmed = query.trim().toLowerCase();
  if (!trimmed) return [];
  if (LATIN.test(trimmed)) {
    const typed = trimmed.replace(/\s+/g, '');
    return unique(names.filter((n) => n.pinyin.some((key) => key.startsWith(typed)))).slice(0, limit);
  }
  const characters = new Set(Array.from(trimmed));
  return unique(
    names
      .map((n) => ({
        n,
        shared:
          Array.from(n.name).filter((c) => characters.has(c)).length /
          Math.max(characters.size, Array.from(n.name).length),
      }))
      .filter(({ shared }) => shared >= 0.5)
      .sort((a, b) => b.shared - a.shared)
      .map(({ n }) => n),
  ).slice(0, limit);
}

function unique(names: SearchName[]): SearchName[] {
  const seen = new Set<string>();
  return names.filter((n) => (seen.has(n.url + n.name) ? false : (seen.add(n.url + n.name), true)));
}
