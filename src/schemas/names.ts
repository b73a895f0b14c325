import { z } from 'astro/zod';
import { ALIAS_TYPES } from './vocabulary.ts';

/** A typed alternate name: 字 子才, 号 简斋, 名 项籍. */
export const aliasSchema = z.preprocess(
  // `{ 字: 子才 }` is the short form of `{ type: 字, name: 子才 }`.
  (value) => {
    if (typeof value !== 'object' || value === null || 'type' in value) return value;
    const entries: [string, unknown][] = Object.entries(value);
    const [first] = entries;
    return entries.length === 1 && first ? { type: first[0], name: first[1] } : value;
  },
  z.strictObject({
    /** 名称类型：名、字、号、谥号、封号、原名、学名、别名、笔名、乳名、诨名、尊称。 */
    type: z.enum(ALIAS_TYPES),
    /** 名称本身。 */
    name: z.string().trim().min(1),
    /** 说明，如「以字行」「一作又字」。 */
    note: z.string().trim().min(1).optional(),
  }),
);
