/**
 * Pinyin search keys for an entry's names, aliases and title — not its whole text, where
 * homophones would bring wrong pages (xiangyu is also 相遇, 享誉). Full pinyin and initials,
 * so that xiangyu and xy both find 项羽.
 */
import { pinyinSyllables } from '../pinyin.ts';

export interface NameForSearch {
  text: string;
  /** Read the first characters as a surname. */
  person?: boolean;
}

export function pinyinKeys(names: readonly NameForSearch[]): string[] {
  const keys = new Set<string>();
  for (const { text, person } of names) {
    const syllables = pinyinSyllables(text, { person: person === true }).filter((s) => /^[a-z]+$/.test(s));
    // A one-syllable name (字 羽) would match every query starting with it.
    if (syllables.length < 2) continue;
    keys.add(syllables.join(''));
    keys.add(syllables.map((s) => s[0]).join(''));
  }
  return [...keys];
}
