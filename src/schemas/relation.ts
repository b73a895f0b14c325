import { z } from 'astro/zod';
import { ROLE_NAMES } from './relation-roles.ts';
import type { SchemaHelpers } from './helpers.ts';

/**
 * A relation written once, on either person's entry, as "the other person is my <role>".
 * The other page shows the inverse automatically; never write it there as well.
 */
export function relationSchema<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  return z
    .strictObject({
      /** 对方是我的什么人：父、母、子、女、叔父、侄、兄弟、夫、妻、师、门生、同僚、友人…… */
      role: z.enum(ROLE_NAMES),
      /** 对方在本库中的条目（文件名，如 xiang-liang）。 */
      to: h.reference('worthies').optional(),
      /** 对方不在本库时，写对方姓名。 */
      name: z.string().trim().min(1).optional(),
      /** 说明与出处，如「据吴承恩所作寿文推断（单源）」。 */
      note: z.string().trim().min(1).optional(),
    })
    .refine((r) => (r.to === undefined) !== (r.name === undefined), {
      error: '关系要么写 to（本库条目的文件名），要么写 name（库外人物的姓名），只写其中一个。',
    });
}
