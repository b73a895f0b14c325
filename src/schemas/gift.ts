import { z } from 'astro/zod';
import { editorialFields, isoDateSchema, keywordsSchema, summarySchema } from './common.ts';
import type { SchemaHelpers } from './helpers.ts';
import { imageSchema } from './image.ts';

/** Collections a gift may include, with the key a historian writes for each. */
export const GIFT_ENTRY_KEYS = {
  worthy: 'worthies',
  place: 'places',
  heritage: 'heritage',
  study: 'studies',
} as const;

/** A gift's English texts: with them the gift gets a bilingual edition (Chinese with English). */
export const giftEnglishSchema = z.strictObject({
  /** 英文题名。 */
  title: z.string({ error: '「english」里缺少「title」（英文题名）。' }).trim().min(1),
  /** 英文副题。 */
  subtitle: z.string().trim().min(1).optional(),
  /** 英文简介。 */
  summary: z.string().trim().min(1).optional(),
  /** 序的英译，空行分段。 */
  foreword: z.string().trim().min(1).optional(),
});

/** A curated "city gift" (城市礼册): foreword plus an ordered list of entries, `content/gifts/*.mdx`. */
export function giftSchema<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  const note = z.string().trim().min(1).optional();
  /** The entry's English title and note, for the bilingual edition; Chinese stands in for what is missing. */
  const english = z.strictObject({ title: z.string().trim().min(1).optional(), note }).optional();
  const entry = z.union([
    z.strictObject({ worthy: h.reference('worthies'), note, english }),
    z.strictObject({ place: h.reference('places'), note, english }),
    z.strictObject({ heritage: h.reference('heritage'), note, english }),
    z.strictObject({ study: h.reference('studies'), note, english }),
  ]);
  return z.strictObject({
    /** 礼册题名。 */
    title: z.string({ error: '缺少「title」（礼册题名）。' }).trim().min(1),
    /** 副题。 */
    subtitle: z.string().trim().min(1).optional(),
    /** 出品单位。 */
    issuer: z.string().trim().min(1),
    /** 编者。 */
    compiler: z.string().trim().min(1).optional(),
    /** 日期，YYYY-MM-DD。 */
    date: isoDateSchema('「date」应写成 YYYY-MM-DD。'),
    /** 封面图。 */
    cover: imageSchema(h).optional(),
    /** 收录的条目，按呈现顺序：每项写 worthy、place、heritage 或 study 之一，值为文件名。 */
    entries: z.array(entry).min(1, { error: '礼册至少收录一个条目（entries）。' }),
    /** 一两句话的简介。 */
    summary: summarySchema,
    /**
     * 英文文本（可选）：写了 english.title，就另出中英对照版（/gifts/<id>/en/）。
     * foreword 是序的英译，空行分段。
     */
    english: giftEnglishSchema.optional(),
    /** 搜索用词：只用于站内搜索的俗称、简称等，不显示（见 CONTRIBUTING.md「搜索用词」）。 */
    keywords: keywordsSchema,
    ...editorialFields,
  });
}
