/**
 * Simplified → traditional Chinese for the 繁體 editions of city gifts. OpenCC (opencc-js) with
 * the `cn → tw` variant: character-level conversion to the Taiwan standard forms, which readers in
 * Hong Kong and Macao read as well, and no vocabulary localisation (which would rewrite terms in
 * historical text). Names and terms the converter gets wrong are written in a phrase table
 * (content/hant-phrases.yaml); a phrase's traditional form is used verbatim, never converted again.
 */
import * as OpenCC from 'opencc-js/cn2t';
import * as SimplifiedToTraditional from 'opencc-js/preset/cn2t';
import * as TraditionalToSimplified from 'opencc-js/preset/t2cn';
import { parse } from 'yaml';

/** The language tag of a 繁體 edition. */
export const HANT_LANG = 'zh-Hant';

export interface HantPhrase {
  simplified: string;
  traditional: string;
  note?: string | undefined;
}

const convertCharacters = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A converter that keeps the phrase table's forms and converts everything else with OpenCC. */
export function hantConverter(phrases: readonly HantPhrase[]): (text: string) => string {
  const table = new Map(phrases.map((p) => [p.simplified, p.traditional]));
  if (table.size === 0) return convertCharacters;
  const keys = [...table.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      out += convertCharacters(text.slice(last, match.index)) + (table.get(match[0]) ?? match[0]);
      last = match.index + match[0].length;
    }
    return out + convertCharacters(text.slice(last));
  };
}

type Dict = (typeof SimplifiedToTraditional.from)[string][number][number];

/** A character dictionary of the presets (`a b|c d`) as pairs. */
function pairs(dict: Dict | undefined): [string, string][] {
  if (typeof dict !== 'string') return (dict ?? []).map(([a, b]) => [a, b]);
  return dict.split('|').map((pair) => pair.split(' ') as [string, string]);
}

/**
 * Simplified characters that are also traditional characters in their own right (于 beside 於, 后
 * beside 後). opencc-js ships only the first candidate of each character, so these come from
 * OpenCC's full STCharacters table.
 */
const ALSO_TRADITIONAL = Array.from(
  '于后余云范沈叶朱谷丑松准台干只面系冲征斗制卜几仆表折舍郁姜布才困向咸蒙游佣吁适价里',
);

let forms: Map<string, Set<string>> | undefined;

/**
 * The traditional forms a simplified character may stand for: 干 → 乾、幹、干; 于 → 於、于. Gathered
 * from OpenCC's traditional → simplified table (every traditional character that simplifies to it)
 * and its simplified → traditional table.
 */
export function traditionalForms(character: string): string[] {
  if (!forms) {
    const table = new Map<string, Set<string>>();
    const add = (simplified: string, traditional: string) =>
      table.set(simplified, (table.get(simplified) ?? new Set()).add(traditional));
    for (const [traditional, simplified] of pairs(TraditionalToSimplified.to['cn']?.[0]?.[1]))
      add(simplified, traditional);
    for (const [simplified, traditional] of pairs(SimplifiedToTraditional.from['cn']?.[0]?.[1]))
      add(simplified, traditional);
    for (const character of ALSO_TRADITIONAL) add(character, character);
    forms = table;
  }
  return [...(forms.get(character) ?? [])];
}

/** Characters of a name with more than one traditional form that no phrase covers. */
export function ambiguousCharacters(
  name: string,
  phrases: readonly HantPhrase[],
): { character: string; forms: string[] }[] {
  const covered = new Set<number>();
  for (const { simplified } of phrases) {
    for (let at = name.indexOf(simplified); at >= 0; at = name.indexOf(simplified, at + 1)) {
      // Positions in characters (code points), as Array.from(name) counts them below.
      const start = Array.from(name.slice(0, at)).length;
      const length = Array.from(simplified).length;
      for (let i = start; i < start + length; i++) covered.add(i);
    }
  }
  const found: { character: string; forms: string[] }[] = [];
  Array.from(name).forEach((character, index) => {
    const candidates = traditionalForms(character);
    if (candidates.length > 1 && !covered.has(index) && !found.some((f) => f.character === character)) {
      found.push({ character, forms: candidates });
    }
  });
  return found;
}

/** The phrase table's file inside the content folder. */
export const HANT_PHRASES_FILE = 'hant-phrases.yaml';

/** Reads the phrase table; problems come back as Chinese messages with a line number. */
export function parseHantPhrases(text: string): {
  phrases: HantPhrase[];
  problems: { line: number; message: string }[];
} {
  const problems: { line: number; message: string }[] = [];
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
    return { phrases: [], problems: [{ line, message: '用字表不是有效的 YAML：请检查缩进和冒号。' }] };
  }
  if (!Array.isArray(data)) {
    return {
      phrases: [],
      problems: [{ line: 1, message: '用字表应是一个列表，每项以「- simplified:」开头。' }],
    };
  }
  const lines = text.split('\n');
  const lineOf = (index: number) => {
    let seen = -1;
    for (let i = 0; i < lines.length; i++) if (/^-\s/.test(lines[i] ?? '') && ++seen === index) return i + 1;
    return 1;
  };
  const phrases: HantPhrase[] = [];
  data.forEach((item: unknown, index) => {
    const row = (item ?? {}) as Record<string, unknown>;
    const simplified = typeof row['simplified'] === 'string' ? row['simplified'].trim() : '';
    const traditional = typeof row['traditional'] === 'string' ? row['traditional'].trim() : '';
    if (!simplified || !traditional) {
      problems.push({
        line: lineOf(index),
        message: '每一项都要写「simplified」（简体原文）和「traditional」（核对过的繁体写法）。',
      });
    } else if (Array.from(simplified).length !== Array.from(traditional).length) {
      problems.push({
        line: lineOf(index),
        message: `「${simplified}」与「${traditional}」字数不同：繁体写法应与简体逐字对应。`,
      });
    } else {
      phrases.push({
        simplified,
        traditional,
        note: typeof row['note'] === 'string' ? row['note'] : undefined,
      });
    }
  });
  return { phrases, problems };
}
