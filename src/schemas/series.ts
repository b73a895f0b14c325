import { z } from 'astro/zod';
import { editorialFields, keywordsSchema, summarySchema } from './common.ts';
import type { SchemaHelpers } from './helpers.ts';
import { sourcesSchema } from './source.ts';

/** A book series (丛书) with its volumes: `content/series/<pinyin>.yaml`. */
export function seriesSchema<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  return z.strictObject({
    /** 丛书名。 */
    title: z.string({ error: '缺少「title」（丛书名）。' }).trim().min(1),
    /** 副题。 */
    subtitle: z.string().trim().min(1).optional(),
    /** 主编或编者。 */
    editors: z.array(z.string().trim().min(1)).default([]),
    /** 出版或发布者。 */
    publisher: z.string().trim().min(1),
    /** 分册，按册次排列；文章用 volume 指向册次。 */
    volumes: z
      .array(
        z.strictObject({
          /** 册次，从 1 开始。 */
          number: z.number().int().min(1),
          /** 分册题名。 */
          title: z.string().trim().min(1),
          /** 分册简介。 */
          description: z.string().trim().min(1).optional(),
          /** ISBN（已正式出版的分册才有）。 */
          isbn: z.string().trim().min(10).optional(),
        }),
      )
      .min(1, { error: '至少要有一个分册（volumes）。' }),
    /** 一两句话的简介。 */
    summary: summarySchema,
    /** 搜索用词：只用于站内搜索的俗称、简称等，不显示（见 CONTRIBUTING.md「搜索用词」）。 */
    keywords: keywordsSchema,
    /** 丛书说明（Markdown）。 */
    description: z.string().trim().min(1).optional(),
    /** 来源（如丛书缘起所依据的资料）。 */
    sources: sourcesSchema(h).optional(),
    ...editorialFields,
  });
}
