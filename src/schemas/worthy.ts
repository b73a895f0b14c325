import { z } from 'astro/zod';
import { CATEGORY_VALUES, CONNECTIONS, SEXES } from './vocabulary.ts';
import { editorialFields, keywordsSchema, summarySchema } from './common.ts';
import { historicalDateSchema } from './date.ts';
import type { SchemaHelpers } from './helpers.ts';
import { imageSchema } from './image.ts';
import { aliasSchema } from './names.ts';
import { relationSchema } from './relation.ts';
import { sourcesSchema } from './source.ts';

/** A 乡贤 profile: `content/worthies/<pinyin>.mdx`. */
export function worthySchema<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  return z.strictObject({
    /** 通行的姓名，如「项羽」。文件名是它的拼音（xiang-yu.mdx）。 */
    name: z.string({ error: '缺少「name」（姓名）：请写人物通行的姓名，如「项羽」。' }).trim().min(1),
    /** 其他名称：名、字、号、谥号、封号、别名……搜索和 [[链接]] 都认得它们。 */
    aliases: z.array(aliasSchema).default([]),
    /** 性别：男、女、不详。 */
    sex: z.enum(SEXES),
    /** 在世人物：只记公开身份，不存任何私人信息。 */
    living: z.boolean().default(false),
    /** 生年或生日，照来源写：1905、前232、约1469、乾隆八年（1743）。不详就不写。 */
    born: historicalDateSchema.optional(),
    /** 卒年或卒日，写法同 born。 */
    died: historicalDateSchema.optional(),
    /** 朝代或时期（用于「朝代」分类），不写则由生卒年推算，如「西周」「清」。 */
    dynasty: z.string().trim().min(1).optional(),
    /** 时代的说明文字，如「秦末—楚汉之际」。 */
    period: z.string().trim().min(1).optional(),
    /** 与本市的关系：本籍（生于此地）、寓居、宦迹（在此任职）、关联。 */
    connection: z.enum(CONNECTIONS),
    /** 籍贯。 */
    native: z
      .strictObject({
        /** 籍贯在本库中的地名条目（文件名，如 xia-xiang）。外地籍贯不写。 */
        place: h.reference('places').optional(),
        /** 来源里的写法（历史地名），如「下相」「钱塘」。 */
        as: z.string().trim().min(1),
        /** 今地，如「今浙江杭州」。 */
        today: z.string().trim().min(1).optional(),
        /** 说明，如「故城位置有争议」。 */
        note: z.string().trim().min(1).optional(),
      })
      .optional(),
    /** 相关地点（任职、活动、安葬之地等）在本库中的条目。 */
    places: z.array(h.reference('places')).default([]),
    /** 类别：政治、军事、文化、教育、科技、水利、医学、经济、工匠、艺术、革命。 */
    categories: z
      .array(z.enum(CATEGORY_VALUES))
      .min(1, { error: '至少选一个类别（categories），如 [文化]。' }),
    /** 人物关系，写在任意一方即可，另一方自动显示。 */
    relations: z.array(relationSchema(h)).default([]),
    /** 画像或照片，须注明作者和许可。 */
    portrait: imageSchema(h).optional(),
    /** 其他图片（书影、故居、手迹等），正文用 <Figure src="…" /> 引用。 */
    gallery: z.array(imageSchema(h)).default([]),
    /** 一两句话的简介，用于卡片、搜索结果和分享卡片。 */
    summary: summarySchema,
    /** 搜索用词：只用于站内搜索的俗称、简称等，不显示（见 CONTRIBUTING.md「搜索用词」）。 */
    keywords: keywordsSchema,
    /** 来源：至少一个。正文里用 [@S51] 标注具体出处。 */
    sources: sourcesSchema(h),
    ...editorialFields,
  });
}
