/**
 * Editorial search vocabulary: the archive's synonyms file (content/search-synonyms.yaml: an
 * everyday word → the formal terms the texts use) and the `keywords` of entries. Both are added
 * to a page's indexed text when the site is built, so that a reader typing 老城 finds the pages
 * that say 古城 without the browser downloading any word list.
 */
import { parseSourceFile } from '../checks/source-file.ts';
import type { ContentLimits } from '../checks/limits.ts';
import { TERM, TERM_MAX_LENGTH } from '../../schemas/vocabulary.ts';

/** The synonyms file at the top of the content folder. */
export const SEARCH_SYNONYMS_FILE = 'search-synonyms.yaml';

/** Most rows in the synonyms file. */
export const SYNONYMS_MAX = 500;
/** Most formal terms for one everyday word. */
export const FORMAL_MAX = 8;

/** Why a term cannot be used, in Chinese; undefined when it can. */
export function termProblem(term: string): string | undefined {
  if (term.trim() === '') return '是空的：请写上词语，或删去这一项。';
  if (!TERM.test(term))
    return '只能包含汉字、字母、数字和间隔号（·），不能有标点、引号、尖括号或网页代码：请删去这些符号。';
  if (Array.from(term).length > TERM_MAX_LENGTH)
    return `太长（${Array.from(term).length} 个字）：搜索用词最多 ${TERM_MAX_LENGTH} 个字，请只写词语本身，不写句子。`;
  return undefined;
}

export interface Synonym {
  /** The word readers type (老城). */
  everyday: string;
  /** The terms the texts use (古城, 故城). */
  formal: string[];
  /** Line of the row's `formal` field, for messages. */
  line?: number;
}

export interface VocabularyProblem {
  line: number;
  /** Field as an editor reads it: 「everyday」（俗称）. */
  field?: string;
  message: string;
}

const FIELDS = {
  everyday: '「everyday」（群众常说的词）',
  formal: '「formal」（文中的正式用语）',
} as const;

/**
 * Reads the synonyms file's text. Rows with a problem are left out of `synonyms` and explained in
 * `problems` (line, field, fix); the others are usable.
 */
export function parseSearchSynonyms(
  text: string,
  limits?: Pick<ContentLimits, 'yamlAliases'>,
): { synonyms: Synonym[]; problems: VocabularyProblem[] } {
  const source = parseSourceFile(text, 'yaml', limits);
  if (source.syntaxErrors.length > 0) return { synonyms: [], problems: source.syntaxErrors };
  const data = source.data ?? [];
  if (!Array.isArray(data)) {
    return {
      synonyms: [],
      problems: [
        {
          line: 1,
          message:
            '同义词表应是一个列表，每项以「- everyday:」开头，下一行写「formal:」，如：\n- everyday: 老城\n  formal: [古城]',
        },
      ],
    };
  }
  const problems: VocabularyProblem[] = [];
  if (data.length > SYNONYMS_MAX) {
    problems.push({
      line: source.lineOf([SYNONYMS_MAX]),
      message: `同义词表最多 ${SYNONYMS_MAX} 项，现有 ${data.length} 项：请删去不常用的词。`,
    });
    return { synonyms: [], problems };
  }
  const synonyms: Synonym[] = [];
  const seen = new Map<string, number>();
  data.forEach((row: unknown, index) => {
    const report = (path: (string | number)[], field: string | undefined, message: string) =>
      problems.push({ line: source.lineOf([index, ...path]), ...(field ? { field } : {}), message });
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      report([], undefined, '这一项应写成「- everyday: 词语」和「formal: [正式用语]」两行。');
      return;
    }
    const unknown = Object.keys(row).filter(
      (key) => key !== 'everyday' && key !== 'formal' && key !== 'note',
    );
    if (unknown.length > 0) {
      report(
        [unknown[0] as string],
        undefined,
        `不认识的字段 ${unknown.join('、')}：每项只能写 everyday、formal 和 note（说明）。`,
      );
      return;
    }
    const fields = row as Record<string, unknown>;
    const everyday = typeof fields['everyday'] === 'string' ? fields['everyday'].trim() : undefined;
    if (everyday === undefined) {
      report(['everyday'], FIELDS.everyday, '缺少或不是文字：请写读者会输入的词，如「everyday: 老城」。');
      return;
    }
    const everydayProblem = termProblem(everyday);
    if (everydayProblem) {
      report(['everyday'], FIELDS.everyday, `「${everyday.slice(0, 20)}」${everydayProblem}`);
      return;
    }
    const rawFormal = fields['formal'];
    const list = typeof rawFormal === 'string' ? [rawFormal] : rawFormal;
    if (!Array.isArray(list) || list.length === 0 || list.some((term) => typeof term !== 'string')) {
      report(
        ['formal'],
        FIELDS.formal,
        '缺少或格式不对：请写文中用的正式词语，如「formal: [古城]」或「formal: [古城, 故城]」。',
      );
      return;
    }
    if (list.length > FORMAL_MAX) {
      report(
        ['formal'],
        FIELDS.formal,
        `最多写 ${FORMAL_MAX} 个正式用语，现有 ${list.length} 个：请只留最常用的。`,
      );
      return;
    }
    const formal: string[] = [];
    let usable = true;
    for (const [position, raw] of (list as string[]).entries()) {
      const term = raw.trim();
      const problem = termProblem(term);
      if (problem) report(['formal', position], FIELDS.formal, `「${term.slice(0, 20)}」${problem}`);
      else if (term === everyday)
        report(
          ['formal', position],
          FIELDS.formal,
          `「${term}」与 everyday 相同，同义词没有作用：请删去这一个。`,
        );
      else if (formal.includes(term))
        report(['formal', position], FIELDS.formal, `「${term}」写了两次：请删去重复的一个。`);
      else {
        formal.push(term);
        continue;
      }
      usable = false;
    }
    const earlier = seen.get(everyday);
    if (earlier !== undefined) {
      report(
        ['everyday'],
        FIELDS.everyday,
        `「${everyday}」在第 ${earlier} 行已经有一项：请把两项的 formal 合并到一处，删去这一项。`,
      );
      return;
    }
    seen.set(everyday, source.lineOf([index, 'everyday']));
    if (usable) synonyms.push({ everyday, formal, line: source.lineOf([index, 'formal']) });
  });
  return { synonyms, problems };
}

/**
 * The words to add to a page's indexed text: the everyday words whose formal term the page
 * contains, and the entry's own keywords; none that the text already holds.
 */
export function searchTerms(
  text: string,
  synonyms: readonly Synonym[],
  keywords: readonly string[] = [],
): string[] {
  const terms = new Set<string>();
  for (const { everyday, formal } of synonyms) {
    if (formal.some((term) => text.includes(term))) terms.add(everyday);
  }
  for (const keyword of keywords) if (termProblem(keyword) === undefined) terms.add(keyword);
  return [...terms].filter((term) => !text.includes(term));
}
