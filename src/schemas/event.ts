import { z } from 'astro/zod';
import { editorialFields } from './common.ts';
import { historicalDateSchema } from './date.ts';
import type { SchemaHelpers } from './helpers.ts';
import { sourcesSchema } from './source.ts';

/** A dated event for the timeline: `content/events/<pinyin>.yaml`, named after the event. */
export function eventSchema<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  return z.strictObject({
    /** 日期，写法同人物生卒年。 */
    date: historicalDateSchema,
    /** 事件，一句话。 */
    title: z.string({ error: '缺少「title」（事件）。' }).trim().min(2),
    /** 补充说明，可用 [@S01] 标注出处。 */
    description: z.string().trim().min(1).optional(),
    /** 相关地点条目。 */
    places: z.array(h.reference('places')).default([]),
    /** 相关人物条目。 */
    worthies: z.array(h.reference('worthies')).default([]),
    /** 来源：至少一个。 */
    sources: sourcesSchema(h),
    ...editorialFields,
  });
}
