import { z } from 'astro/zod';
import { STATUSES } from './vocabulary.ts';

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
