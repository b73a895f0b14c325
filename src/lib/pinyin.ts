/**
 * Pinyin for slugs and search. Personal names use pinyin-pro's surname mode (单 shàn, 曾 zēng);
 * titles and place names use the default mode, since surname mode misreads words like 重修.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

/** Readings the dictionary gets wrong for local names; extend when a slug comes out wrong. */
const LOCAL_READINGS: Record<string, string> = {
  厹犹: 'qiú yóu',
  仇犹: 'qiú yóu',
};
customPinyin(LOCAL_READINGS);

export interface PinyinOptions {
  /** Read the first character(s) as a surname (for personal names). */
  person?: boolean;
}

/** Toneless pinyin syllables; non-Chinese runs (digits, Latin letters) are kept as one token each. */
export function pinyinSyllables(text: string, options: PinyinOptions = {}): string[] {
  return pinyin(text, {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
    ...(options.person ? { surname: 'head' as const } : {}),
  })
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean);
}

/** Lowercase hyphenated pinyin, the form every file name in `content/` takes: 项羽 → xiang-yu. */
export function slugify(text: string, options: PinyinOptions = {}): string {
  return pinyinSyllables(text, options).join('-');
}

/** Initials of each syllable: 袁枚 → ym, for searches typed as initials. */
export function pinyinInitials(text: string, options: PinyinOptions = {}): string {
  return pinyinSyllables(text, options)
    .map((syllable) => syllable[0])
    .join('');
}

/**
 * Whether a file's slug fits its name: the pinyin itself, or the pinyin plus a qualifier
 * (`zhang-san-1905`, `hu-lian-ming`) that tells same-name entries apart.
 */
export function slugFitsName(slug: string, name: string, options: PinyinOptions = {}): boolean {
  const expected = slugify(name, options);
  return slug === expected || (slug.startsWith(`${expected}-`) && /^[a-z0-9-]+$/.test(slug));
}

/** Two-character surnames (复姓) that a personal name in pinyin writes as one word: 欧阳修 → Ouyang Xiu. */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 独孤 南宫 西门 闻人 澹台 公羊 申屠 太史'.split(
    ' ',
  ),
);

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A Chinese personal name in Hanyu Pinyin as English text writes it: surname, then the given name
 * as one word, each capitalised, without tone marks (项羽 → Xiang Yu, 张相文 → Zhang Xiangwen,
 * 单雄信 → Shan Xiongxin, 欧阳修 → Ouyang Xiu). Surnames are read in surname mode (单 shàn, 曾 zēng).
 */
export function pinyinName(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .map((syllable) => syllable.trim().toLowerCase())
    .filter(Boolean);
  const surnameLength = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
  const surname = syllables.slice(0, surnameLength).join('');
  const given = syllables.slice(surnameLength).join('');
  return [surname, given].filter(Boolean).map(capitalise).join(' ');
}
