/**
 * Other spellings to offer when a search finds only partial matches or nothing: for pinyin, the
 * names it could mean in characters; for characters, names and titles that sound the same (向羽
 * → 项羽), lie within one edit (洛马湖 → 骆马湖, 项王故 → 项王故里), or share most characters.
 */

export interface SearchName {
  /** Name or title as written. */
  name: string;
  /** Pinyin keys: full and initials (xiangyu, xy). */
  pinyin: string[];
  url: string;
  type: string;
}

/**
 * What the search page fetches for suggestions, prepared at build time: the names, and for each
 * syllable of a name the common characters read that way (xiang → 向相香…), so that a query's
 * homophones can be read without sending a pinyin dictionary.
 */
export interface SuggestData {
  names: SearchName[];
  sounds: Record<string, string>;
}

const LATIN = /^[a-z\s]+$/i;

export function suggestNames(query: string, data: SuggestData, limit = 6): SearchName[] {
  const trimmed = query.trim().toLowerCase();
  if (!trimmed) return [];
  const { names } = data;
  if (LATIN.test(trimmed)) {
    const typed = trimmed.replace(/\s+/g, '');
    return unique(names.filter((n) => n.pinyin.some((key) => key.startsWith(typed)))).slice(0, limit);
  }
  const typed = Array.from(trimmed.replace(/\s+/g, ''));
  const reading = readAloud(typed, data.sounds);
  const characters = new Set(typed);
  const ranked = names
    .map((n) => {
      const written = Array.from(n.name);
      const sameSound = reading !== undefined && n.pinyin.includes(reading);
      const oneEdit = n.name !== trimmed && withinOneEdit(typed, written);
      const shared =
        written.filter((c) => characters.has(c)).length / Math.max(characters.size, written.length);
      return { n, score: (sameSound ? 2 : 0) + (oneEdit ? 1 : 0) + shared };
    })
    .filter(({ score }) => score >= 0.5)
    .sort((a, b) => b.score - a.score);
  return unique(ranked.map(({ n }) => n)).slice(0, limit);
}

/**
 * The one name a search that found nothing most likely meant: the same sound (向羽 → 项羽), or one
 * edit away in a query of three characters or more (马骆湖 → 骆马湖). A two-character query one
 * character off (长城 / 长X) is too weak a guess to search for; it is only suggested.
 */
export function correction(query: string, data: SuggestData): SearchName | undefined {
  const typed = Array.from(query.replace(/\s+/g, ''));
  if (typed.length < 2 || !typed.every((c) => /\p{Script=Han}/u.test(c))) return undefined;
  const reading = readAloud(typed, data.sounds);
  const sameSound = data.names.filter((n) => reading !== undefined && n.pinyin.includes(reading));
  if (sameSound.length === 1) return sameSound[0];
  if (typed.length < 3) return undefined;
  const near = data.names.filter((n) => withinOneEdit(typed, Array.from(n.name)));
  return near.length === 1 ? near[0] : undefined;
}

/** The query's full pinyin from the prepared readings; undefined when a character has none. */
export function readAloud(characters: readonly string[], sounds: Record<string, string>): string | undefined {
  if (characters.length < 2) return undefined;
  const syllables: string[] = [];
  for (const character of characters) {
    const syllable = Object.keys(sounds).find((key) => sounds[key]?.includes(character));
    if (!syllable) return undefined;
    syllables.push(syllable);
  }
  return syllables.join('');
}

/** Levenshtein distance ≤ 1 (one character replaced, added or dropped), or two neighbours swapped. */
export function withinOneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: readonly string[], from: number, y: readonly string[], to: number) =>
    x.slice(from).join('') === y.slice(to).join('');
  if (a.length === b.length)
    return rest(a, i + 1, b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2, b, i + 2));
  return a.length > b.length ? rest(a, i + 1, b, i) : rest(a, i, b, i + 1);
}

function unique(names: SearchName[]): SearchName[] {
  const seen = new Set<string>();
  return names.filter((n) => (seen.has(n.url + n.name) ? false : (seen.add(n.url + n.name), true)));
}
