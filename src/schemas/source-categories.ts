/**
 * What a cited work is, for readers weighing it: a gazetteer, an archive document, an old book, a
 * reference work, scholarship, the press, an official site, or material that exists only on the
 * open web. `kind` says how to format the citation (GB/T 7714); `category` says what to trust.
 */
export const SOURCE_CATEGORIES = [
  '地方志',
  '档案',
  '古籍',
  '工具书',
  '学术论著',
  '报刊',
  '官方网站',
  '网络资料',
] as const;
export type SourceCategory = (typeof SOURCE_CATEGORIES)[number];

/** Material known only from the open web: encyclopedias, mirrors, blogs, commercial pages. */
export const WEB_ONLY_CATEGORY: SourceCategory = '网络资料';

export function isWebOnly(category: string | undefined): boolean {
  return category === WEB_ONLY_CATEGORY;
}
