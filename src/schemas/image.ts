import { z } from 'astro/zod';
import type { SchemaHelpers } from './helpers.ts';

/**
 * An image stored next to its entry. Credit and licence are required: the archive publishes only
 * images it may publish, and says whose they are.
 */
export function imageSchema<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  return z.strictObject({
    /** 图片文件，相对本条目文件的路径，如 ./xiang-yu/portrait.jpg。 */
    src: h.image(),
    /** 替代文字：给看不见图片的读者描述图片内容。 */
    alt: z.string().trim().min(2, { error: '请写替代文字（alt）：用一句话描述图片内容。' }),
    /** 图注，显示在图片下方。 */
    caption: z.string().trim().min(1).optional(),
    /** 作者或来源，如「乡贤文史库编辑部绘制」「某市博物馆藏」。 */
    credit: z
      .string({ error: '图片缺少「credit」（作者或来源）：请写明图片由谁拍摄、绘制或收藏。' })
      .trim()
      .min(1),
    /** 许可，如 CC BY 4.0、公有领域、已获授权。 */
    license: z
      .string({ error: '图片缺少「license」（许可）：请写明许可，如 CC BY 4.0、公有领域、已获授权。' })
      .trim()
      .min(1),
  });
}
