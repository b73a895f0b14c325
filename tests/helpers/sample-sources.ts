/** Works cited in more than one citation test: a monograph, a chapter in a book, a newspaper article. */
import type { CitableSource } from '../../src/lib/citation/gbt7714.ts';

export const MONOGRAPH = {
  kind: '专著',
  title: '乾隆某县志',
  authors: ['王某某', '李某'],
  place: '北京',
  publisher: '中华书局',
  date: '1985',
} as const satisfies CitableSource;

export const CHAPTER = {
  kind: '析出文献',
  title: '清代县级行政区划考',
  authors: ['陈某'],
  editors: ['周某'],
  container: '历史地理论丛',
  place: '上海',
  publisher: '复旦大学出版社',
  date: '2001',
  pages: '101-120',
} as const satisfies CitableSource;

export const NEWSPAPER = {
  kind: '报纸',
  title: '运河申遗成功',
  authors: ['丁某'],
  container: '宿迁日报',
  date: '2014-06-23',
  pages: '1',
} as const satisfies CitableSource;
