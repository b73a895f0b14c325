import { z } from 'astro/zod';
import { PLACE_KIND_VALUES } from './vocabulary.ts';
import { editorialFields, keywordsSchema, summarySchema } from './common.ts';
import { historicalDateSchema } from './date.ts';
import type { SchemaHelpers } from './helpers.ts';
import { imageSchema } from './image.ts';
import { sourcesSchema } from './source.ts';

/** A place: `content/places/<pinyin>.yaml`. */
export function placeSchema<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  return z.strictObject({
    /** 今名或通行名称，如「宿城区」「下相」「骆马湖」。 */
    name: z.string({ error: '缺少「name」（地名）。' }).trim().min(1),
    /** 地点类型：今政区、乡镇街道、古国、历史政区、古城址、湖泊、河道、古镇老街、古建筑、纪念地、遗址墓葬。 */
    kind: z.enum(PLACE_KIND_VALUES),
    /** 别称，如「乐马湖」「落马湖」。 */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** 今天所在的区县（见站点配置 districts 的 id，如 sucheng）；跨区县的都列上，地望有争议可不写。 */
    districts: z.array(z.string().trim().min(1)).default([]),
    /** 上级地点条目，如某镇属于某区。 */
    within: h.reference('places').optional(),
    /** 历代名称，按时间先后。 */
    names: z
      .array(
        z.strictObject({
          /** 当时的名称，如「宿预县」。 */
          name: z.string().trim().min(1),
          /** 起始时间，如「东晋义熙元年（405）」。 */
          from: historicalDateSchema.optional(),
          /** 结束时间。 */
          to: historicalDateSchema.optional(),
          /** 说明与出处标注，如「避代宗讳改名 [@S01]」。 */
          note: z.string().trim().min(1).optional(),
        }),
      )
      .default([]),
    /** 坐标，只在来源给出时填写（不自行估算）。 */
    coordinates: z
      .strictObject({
        /** 纬度（北纬为正）。 */
        lat: z.number().min(-90).max(90),
        /** 经度（东经为正）。 */
        lon: z.number().min(-180).max(180),
        /** 坐标的来源编号。 */
        source: h.reference('bibliography'),
      })
      .optional(),
    /** 图片。 */
    gallery: z.array(imageSchema(h)).default([]),
    /** 一两句话的简介。 */
    summary: summarySchema,
    /** 搜索用词：只用于站内搜索的俗称、简称等，不显示（见 CONTRIBUTING.md「搜索用词」）。 */
    keywords: keywordsSchema,
    /** 正文（Markdown），可用 [@S01] 标注出处。 */
    description: z.string().trim().min(1).optional(),
    /** 来源：至少一个。 */
    sources: sourcesSchema(h),
    ...editorialFields,
  });
}
