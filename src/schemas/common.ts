import { z } from 'astro/zod';
import { KEYWORDS_MAX, STATUSES, TERM, TERM_MAX_LENGTH } from './vocabulary.ts';

/** One or two sentences for cards, search results and share cards. */
export const summarySchema = z
  .string()
  .trim()
  .min(10, { error: '摘要太短：请用一两句话（至少10个字）概括这一条。' })
  .max(200, { error: '摘要太长：请控制在200字以内，详情写进正文。' });

/**
 * Astro reads YAML with js-yaml, which turns an unquoted `2026-11-28` into a Date; the checker's
 * reader keeps it as text. Both become the same `YYYY-MM-DD` text here.
 */
export function dateAsText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/** A calendar date written YYYY-MM-DD. */
export function isoDateSchema(error: string) {
  return z.preprocess(dateAsText, z.iso.date({ error }));
}

/** Editorial state; only 已发布 reaches the public site. `draft: true` is the same as 草稿. */
export const editorialFields = {
  /** 草稿：不发布（等同于 status: 草稿）。 */
  draft: z.boolean().default(false),
  /** 编辑状态：草稿、待审、已发布。只有「已发布」出现在公开网站上。 */
  status: z.enum(STATUSES).default('已发布'),
  /** 最后更新日期（YYYY-MM-DD）；不写则取 Git 提交记录。 */
  updated: isoDateSchema('日期格式应为 YYYY-MM-DD，如 2026-11-28。').optional(),
};

/** Whether an entry is published (not a draft and not awaiting review). */
export function isPublished(data: { draft: boolean; status: string }): boolean {
  return !data.draft && data.status === '已发布';
}
/**
 * 搜索用词（keywords）：只用于站内搜索、不显示在页面上的词语，如俗称、简称、常见错字。
 * 每个最多 12 个字，最多 20 个；只能是汉字、字母、数字和间隔号。
 * Search-only terms (nicknames, short forms, common misspellings), added to the page's index at
 * build time and never shown.
 */
export const keywordsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, { error: '搜索用词不能为空：请写上词语，或删去这一项。' })
      .max(TERM_MAX_LENGTH, {
        error: `搜索用词太长：每个最多 ${TERM_MAX_LENGTH} 个字，请只写词语本身，不写句子。`,
      })
      .regex(TERM, {
        error: '搜索用词只能包含汉字、字母、数字和间隔号（·），不能有标点、引号、尖括号或网页代码。',
      }),
  )
  .max(KEYWORDS_MAX, { error: `搜索用词最多 ${KEYWORDS_MAX} 个：请只留读者最可能输入的词。` })
  .refine((list) => new Set(list).size === list.length, { error: '搜索用词有重复：请删去重复的一个。' })
  .default([]);
