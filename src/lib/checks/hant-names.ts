/**
 * Names in the 繁體 editions of city gifts: a character with more than one traditional form (干 →
 * 乾/幹/干, 于 → 於/于) is converted by guess, and a name must never be "corrected". Every such
 * character in the name of an entry a gift includes needs a phrase in content/hant-phrases.yaml.
 */
import { ambiguousCharacters, HANT_PHRASES_FILE, parseHantPhrases } from '../hant.ts';
import type { CheckedEntry, Problem } from './check-types.ts';

const KEYS: Record<string, string> = {
  worthy: 'worthies',
  place: 'places',
  heritage: 'heritage',
  study: 'studies',
};

/** `phrases` is the phrase table's file, when there is one. */
export function checkHantNames(
  entries: readonly CheckedEntry[],
  phrases: { file: string; text: string } | undefined,
): Problem[] {
  const parsed = phrases ? parseHantPhrases(phrases.text) : { phrases: [], problems: [] };
  const problems: Problem[] = parsed.problems.map((p) => ({
    file: phrases?.file ?? HANT_PHRASES_FILE,
    line: p.line,
    message: p.message,
  }));
  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  for (const gift of entries) {
    if (gift.collection !== 'gifts') continue;
    const items = (gift.data['entries'] as Record<string, unknown>[] | undefined) ?? [];
    const named = [
      { text: gift.data['title'], path: ['title'] as (string | number)[] },
      ...items.flatMap((item, index) =>
        Object.entries(item).flatMap(([key, marker]) => {
          const target = KEYS[key] ? byKey.get(`${KEYS[key]}/${(marker as { id?: string }).id}`) : undefined;
          const name = target?.data['name'] ?? target?.data['title'];
          return name ? [{ text: name, path: ['entries', index, key] }] : [];
        }),
      ),
    ];
    for (const { text, path } of named) {
      if (typeof text !== 'string') continue;
      for (const { character, forms } of ambiguousCharacters(text, parsed.phrases)) {
        problems.push({
          file: gift.file,
          line: gift.lineOf(path),
          message: `名称「${text}」中的「${character}」在繁体中有多种写法（${forms.join('、')}），自动转换可能写错。请在 content/${HANT_PHRASES_FILE} 加一项：「- simplified: ${text}」和「traditional: 」后写核对过的繁体名称。`,
        });
      }
    }
  }
  return problems;
}
