/**
 * Preparing Chinese text for Pagefind, on both sides of the index: what the build adds to pages
 * and how the browser rewrites a query. Measured in the project's research on Pagefind 1.6:
 * folding traditional to simplified, indexing the last character of each run of Han characters,
 * pinyin for names, and rewriting queries into overlapping character pairs together took recall
 * from 69% to 100%.
 */

/** A run of Han characters (CJK ideographs, including extensions and compatibility forms). */
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;

export type Converter = (text: string) => string;

/** Compatibility forms folded (NFKC: full-width letters, ㊀, 﨑 …), then traditional → simplified. */
export function foldText(text: string, toSimplified: Converter): string {
  return toSimplified(text.normalize('NFKC'));
}

/**
 * The last character of every run of Han characters. Pagefind indexes each pair of adjacent
 * characters within a run, so every character is reachable as a prefix except a run's last one;
 * these fill the gap (古称下相，→ 相).
 */
export function runFinalCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(HAN_RUN)) {
    const characters = Array.from(match[0]);
    const last = characters.at(-1);
    if (last) found.add(last);
  }
  return [...found];
}

/**
 * A query as Pagefind should receive it: each run of Han characters becomes its overlapping
 * character pairs (中运河 → 中运 运河), which Pagefind has indexed, so the words must occur
 * together rather than anywhere on the page; a single character stays itself; Latin words
 * (pinyin) are lower-cased. Quotes and punctuation separate words and are dropped.
 */
export function rewriteQuery(query: string): string {
  const terms: string[] = [];
  for (const word of query.normalize('NFKC').split(/[\s\p{P}\p{S}]+/u)) {
    if (!word) continue;
    for (const part of word.split(/(\p{Script=Han}+)/u)) {
      if (!part) continue;
      if (HAN.test(part)) terms.push(...characterPairs(part));
      else terms.push(part.toLowerCase());
    }
  }
  return [...new Set(terms)].join(' ');
}

function characterPairs(run: string): string[] {
  const characters = Array.from(run);
  if (characters.length === 1) return characters;
  return characters.slice(0, -1).map((character, index) => `${character}${characters[index + 1] ?? ''}`);
}

/** Whether a query has Han characters: only those need folding and pairing. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Characters of `text` found in `characters` (e.g. traditional forms that need folding). */
export function containsAny(text: string, characters: ReadonlySet<string>): boolean {
  return Array.from(text).some((character) => characters.has(character));
}

/**
 * Whether a result really contains what was asked for. Pagefind falls back to the longest indexed
 * prefix when a word is not in the index (长城 → pages with 长), so results are checked against
 * the literal query: every run of Han characters must occur in the page's text, and every Latin
 * word must begin one of its pinyin keys or occur in its text.
 */
export function matchesLiterally(
  foldedQuery: string,
  foldedText: string,
  pinyinKeys: readonly string[],
): boolean {
  const text = foldedText.toLowerCase();
  for (const word of foldedQuery.toLowerCase().split(/[\s\p{P}\p{S}]+/u)) {
    for (const part of word.split(/(\p{Script=Han}+)/u)) {
      if (!part) continue;
      if (HAN.test(part)) {
        if (!text.includes(part)) return false;
      } else if (!pinyinKeys.some((key) => key.startsWith(part)) && !text.includes(part)) {
        return false;
      }
    }
  }
  return true;
}

/**
 * Particles, question words and filler that people add to a query (泗阳的特产, 宿迁有哪些非遗,
 * 乾隆为什么来宿迁) but that no page needs to contain. Longer words first, so that 为什么 is
 * removed whole before 什么.
 */
const FILLER = [
  '为什么',
  '怎么样',
  '是什么',
  '有哪些',
  '在哪里',
  '在哪儿',
  '是哪里',
  '是谁',
  '什么',
  '哪些',
  '哪里',
  '哪儿',
  '怎么',
  '如何',
  '多少',
  '请问',
  '一下',
  '关于',
  '介绍',
  '有关',
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '谁',
  '和',
  '与',
  '及',
  '是',
  '在',
  '有',
  '哪',
];
const FILLER_PATTERN = new RegExp(FILLER.join('|'), 'gu');

/**
 * The words of a query that a page can be expected to contain: Han runs with filler removed
 * (泗阳的特产 → 泗阳, 特产) and Latin words lower-cased without tone marks. Used when the query
 * as typed finds nothing; empty only when the query is nothing but filler.
 */
export function meaningfulWords(query: string): string[] {
  const words: string[] = [];
  for (const word of withoutToneMarks(query.normalize('NFKC')).split(/[\s\p{P}\p{S}]+/u)) {
    for (const part of word.split(/(\p{Script=Han}+)/u)) {
      if (!part) continue;
      if (!HAN.test(part)) words.push(part.toLowerCase());
      else words.push(...part.split(FILLER_PATTERN).filter(Boolean));
    }
  }
  return [...new Set(words)];
}

/** Pinyin as people type it: xiàng yǔ → xiang yu (tone marks and ü's dots removed). */
export function withoutToneMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * Other readings of a query typed in Latin letters, tried in turn when it finds nothing as typed:
 * syllables joined (su qian, Su Qian → suqian) and a name in English word order (Enlai Zhou →
 * zhouenlai). Empty for queries with Han characters.
 */
export function pinyinReadings(query: string): string[] {
  if (HAN.test(query)) return [];
  const words = withoutToneMarks(query.normalize('NFKC'))
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  if (words.length === 0) return [];
  const readings = [words.join('')];
  if (words.length === 2) readings.push(`${words[1]}${words[0]}`);
  return [...new Set(readings)].filter((reading) => reading !== query.toLowerCase());
}

/**
 * The units a page can share with a query, for ranking by coverage: each Latin word, and for each
 * Han word the segments of two or more characters that `segment` finds (Intl.Segmenter in the
 * browser), with each run of single-character segments turned into its character pairs
 * (龙|王|庙 → 龙王 王庙), since the segmenter's dictionary lacks most local names. A lone
 * character is kept only when the query has nothing longer. At most `limit` units.
 */
export function coverageUnits(
  words: readonly string[],
  segment: (word: string) => string[] = (word) => [word],
  limit = 10,
): string[] {
  const units: string[] = [];
  for (const word of words) {
    if (!HAN.test(word)) {
      units.push(word);
      continue;
    }
    let singles = '';
    const flush = () => {
      if (Array.from(singles).length > 1) units.push(...characterPairs(singles));
      singles = '';
    };
    for (const piece of segment(word)) {
      if (Array.from(piece).length === 1) singles += piece;
      else {
        flush();
        units.push(piece);
      }
    }
    flush();
  }
  // A lone character left by removing filler (怎么去 → 去) is noise beside longer words.
  const lone = words.filter((word) => HAN.test(word) && Array.from(word).length === 1);
  if (units.length === 0) units.push(...lone);
  return [...new Set(units)].slice(0, limit);
}
