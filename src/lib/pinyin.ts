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
