/**
 * The search vocabulary: the synonyms file (content/search-synonyms.yaml) must be readable, and
 * each formal term must occur somewhere in the archive's texts, or the synonym finds nothing.
 * Entries' `keywords` are checked by their schema (length, characters, duplicates).
 */
import { parseSearchSynonyms } from '../search/vocabulary.ts';
import type { ContentLimits } from './limits.ts';
import type { CheckedEntry, Problem } from './check-types.ts';

/** Every string an entry holds (names, summary, fields) and its body, as one text. */
function entryText(entry: CheckedEntry): string {
  const strings: string[] = [entry.body];
  const collect = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(entry.data);
  return strings.join('\n');
}

/** `synonyms` is the synonyms file, when there is one. */
export function checkSearchVocabulary(
  entries: readonly CheckedEntry[],
  synonyms: { file: string; text: string } | undefined,
  limits?: Pick<ContentLimits, 'yamlAliases'>,
): Problem[] {
  if (!synonyms) return [];
  const parsed = parseSearchSynonyms(synonyms.text, limits);
  const problems: Problem[] = parsed.problems.map((p) => ({ file: synonyms.file, ...p }));
  const archive = entries
    .filter((e) => e.collection !== 'bibliography')
    .map(entryText)
    .join('\n');
  for (const { everyday, formal, line } of parsed.synonyms) {
    for (const term of formal) {
      if (archive.includes(term)) continue;
      problems.push({
        file: synonyms.file,
        line: line ?? 1,
        field: '「formal」（文中的正式用语）',
        message: `「${term}」在资料库的条目里一处也没有出现，读者输入「${everyday}」时它找不到任何页面：请写条目正文里实际用的词（简体），或删去这一个。`,
      });
    }
  }
  return problems;
}
