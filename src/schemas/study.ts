import { z } from 'astro/zod';
import { editorialFields, isoDateSchema, keywordsSchema, summarySchema } from './common.ts';
import type { SchemaHelpers } from './helpers.ts';
import { imageSchema } from './image.ts';
import { sourcesSchema } from './source.ts';

/** A 文史 article, optionally a chapter of a series volume: `content/studies/<pinyin>.mdx`. */
export function studySchema<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  return z.strictObject({
    /** 题目。 */
    title: z.string({ error: '缺少「title」（题目）。' }).trim().min(1),
    /** 副题。 */
    subtitle: z.string().trim().min(1).optional(),
    /** 作者（个人或机构）。 */
    authors: z.array(z.string().trim().min(1)).min(1, { error: '至少写一位作者（authors）。' }),
    /** 发表日期，YYYY-MM-DD。 */
    date: isoDateSchema('「date」应写成 YYYY-MM-DD，如 2026-11-28。'),
    /** 所属丛书（文件名）。 */
    series: h.reference('series').optional(),
    /** 所在分册的册次。 */
    volume: z.number().int().min(1).optional(),
    /** 在分册中的阅读顺序，从 1 开始。 */
    order: z.number().int().min(1).optional(),
    /** 文章涉及的条目（正文里的 [[链接]] 会自动计入，不必重复）。 */
    about: z
      .strictObject({
        worthies: z.array(h.reference('worthies')).default([]),
        places: z.array(h.reference('places')).default([]),
        heritage: z.array(h.reference('heritage')).default([]),
      })
      .prefault({}),
    /** 题图。 */
    cover: imageSchema(h).optional(),
    /** 其他图片（书影、故居、手迹等），正文用 <Figure src="…" /> 引用。 */
    gallery: z.array(imageSchema(h)).default([]),
    /** 内容提要。 */
    summary: summarySchema,
    /** 搜索用词：只用于站内搜索的俗称、简称等，不显示（见 CONTRIBUTING.md「搜索用词」）。 */
    keywords: keywordsSchema,
    /** 参考文献：至少一个。正文用脚注 [^1] 或 [@S01] 标注。 */
    sources: sourcesSchema(h),
    ...editorialFields,
  });
}
