/**
 * Homophones of the archive's names, prepared at build time for the "是不是要找" suggestions: for
 * every syllable in a name, the common characters read that way. "Common" is the first level of
 * GB 2312 (3,755 characters in everyday use), which keeps the table to a few kilobytes.
 */
import { pinyinSyllables } from '../pinyin.ts';

/** The 3,755 characters of GB 2312 level 1 (rows 16–55), decoded by the platform. */
function commonCharacters(): string[] {
  const decoder = new TextDecoder('gb2312');
  const characters: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const character = decoder.decode(new Uint8Array([row, cell]));
      if (/^\p{Script=Han}$/u.test(character)) characters.push(character);
    }
  }
  return characters;
}

/** Syllable → the common characters read that way, for the syllables of `names`. */
export function homophoneTable(names: readonly string[]): Record<string, string> {
  const wanted = new Set(names.flatMap((name) => pinyinSyllables(name)));
  const personal = names.flatMap((name) => pinyinSyllables(name, { person: true }));
  for (const syllable of personal) wanted.add(syllable);
  const table: Record<string, string> = {};
  for (const character of [...commonCharacters(), ...names.flatMap((name) => Array.from(name))]) {
    const syllable = pinyinSyllables(character)[0];
    if (!syllable || !wanted.has(syllable) || !/^\p{Script=Han}$/u.test(character)) continue;
    if (!table[syllable]?.includes(character)) table[syllable] = (table[syllable] ?? '') + character;
  }
  return table;
}
