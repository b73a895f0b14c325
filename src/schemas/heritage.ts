import { z } from 'astro/zod';
import { HERITAGE_KIND_VALUES, LISTING_LEVELS } from './vocabulary.ts';
import { editorialFields, keywordsSchema, summarySchema } from './common.ts';
import type { SchemaHelpers } from './helpers.ts';
import { imageSchema } from './image.ts';
import { sourcesSchema } from './source.ts';

/** A 乡愁 item (custom, craft, opera, food, dialect, old town): `content/heritage/<pinyin>.mdx`. */
export function heritageSchema<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  return z.strictObject({
    /** 名称，如「皂河龙王庙会」。 */
    name: z.string({ error: '缺少「name」（名称）。' }).trim().min(1),
    /** 类型：民俗、传统戏剧、曲艺、传统舞蹈、传统音乐、传统技艺、传统美术、饮食、物产、方言、老街古镇。 */
    kind: z.enum(HERITAGE_KIND_VALUES),
    /** 别称。 */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** 非遗名录（只写来源明确给出的）。 */
    listings: z
      .array(
        z.strictObject({
          /** 级别：人类非遗、国家级、省级、市级、县级。 */
          level: z.enum(LISTING_LEVELS),
          /** 公布年份，如 2009。 */
          year: z.number().int().min(1900).max(2100).optional(),
          /** 批次，如「第二批」。 */
          batch: z.string().trim().min(1).optional(),
          /** 项目编号，如「JS-02-Ⅹ-0004-05」。 */
          number: z.string().trim().min(1).optional(),
          /** 名录上的项目名称。 */
          title: z.string().trim().min(1).optional(),
          /** 说明，如「编号与日期单源」。 */
          note: z.string().trim().min(1).optional(),
        }),
      )
      .default([]),
    /** 相关地点条目。 */
    places: z.array(h.reference('places')).default([]),
    /** 相关人物条目。 */
    worthies: z.array(h.reference('worthies')).default([]),
    /** 图片（图组）。 */
    gallery: z.array(imageSchema(h)).default([]),
    /** 一两句话的简介。 */
    summary: summarySchema,
    /** 搜索用词：只用于站内搜索的俗称、简称等，不显示（见 CONTRIBUTING.md「搜索用词」）。 */
    keywords: keywordsSchema,
    /** 来源：至少一个。 */
    sources: sourcesSchema(h),
    ...editorialFields,
  });
}
