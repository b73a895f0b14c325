import { z } from 'astro/zod';
import { SOURCE_CATEGORIES } from './source-categories.ts';
import { RELIABILITY, SOURCE_KIND_VALUES } from './vocabulary.ts';
import { dateAsText, isoDateSchema } from './common.ts';
import type { SchemaHelpers } from './helpers.ts';

const year = /^-?\d{1,4}(-\d{2}(-\d{2})?)?$/;

/**
 * One work cited by the archive: a book, an old gazetteer, an article or a web page.
 * Structured so that citations can be formatted in GB/T 7714-2015.
 */
export const sourceRecordFields = {
  /** 文献类型：专著、古籍、方志、工具书、析出文献、期刊、报纸、学位论文、网页。 */
  kind: z.enum(SOURCE_KIND_VALUES),
  /** 资料类别（这是什么资料，供读者判断可信度）：地方志、档案、古籍、工具书、学术论著、报刊、官方网站、网络资料。 */
  category: z.enum(SOURCE_CATEGORIES).optional(),
  /** 题名，如「史记·项羽本纪」。 */
  title: z.string().trim().min(1, { error: '「题名」不能为空。' }),
  /** 责任者（作者），按原书顺序；机构作者也写在这里。 */
  authors: z.array(z.string().trim().min(1)).default([]),
  /** 析出文献所在文集的编者。 */
  editors: z.array(z.string().trim().min(1)).default([]),
  /** 期刊名、报纸名、文集名或网站名。 */
  container: z.string().trim().min(1).optional(),
  /** 出版者或网页的发布机构。 */
  publisher: z.string().trim().min(1).optional(),
  /** 出版地，如「北京」。 */
  place: z.string().trim().min(1).optional(),
  /** 出版或发布日期：年（1985）、年月（1985-06）或年月日（1985-06-01）。 */
  date: z
    .preprocess(
      (value) => (typeof value === 'number' ? String(value) : dateAsText(value)),
      z.string().regex(year, { error: '日期应写成 1985、1985-06 或 1985-06-01。' }),
    )
    .optional(),
  /** 卷（期刊的卷号）。 */
  volume: z.string().trim().min(1).optional(),
  /** 期（期刊的期号）。 */
  issue: z.string().trim().min(1).optional(),
  /** 页码，如「101-120」。 */
  pages: z.string().trim().min(1).optional(),
  /** 古籍的卷次，如「卷七」。 */
  juan: z.string().trim().min(1).optional(),
  /** 版本，如「清乾隆刻本」「影印本」。 */
  edition: z.string().trim().min(1).optional(),
  /** 网址。 */
  url: z
    .url({
      protocol: /^https?$/,
      error:
        '「网址」格式不对：只接受 http:// 或 https:// 开头的网页地址（javascript:、data:、file: 等地址会被拒绝）。',
    })
    .optional(),
  /** 引用（访问）日期，YYYY-MM-DD。 */
  accessed: isoDateSchema('「引用日期」应写成 YYYY-MM-DD。').optional(),
  /** 编者对来源可靠性的判断：官方、学术、古籍、工具书、百科、媒体、一般。 */
  reliability: z.enum(RELIABILITY).optional(),
  /** 转载或镜像时的原始出处。 */
  original: z.string().trim().min(1).optional(),
  /** 备注。 */
  note: z.string().trim().min(1).optional(),
};

/** An entry of `content/bibliography.yaml`. A missing `category` is a warning of `npm run check`. */
export const sourceRecordSchema = z.strictObject(sourceRecordFields);

/**
 * An entry's list of sources. Each item is either the id of a work in `content/bibliography.yaml`
 * (`S51`), the id with the pages or a note (`{ id: S51, pages: 卷七 }`), or a whole work written in
 * place. Strings are normalised to objects first so that errors point at one shape.
 */
export function sourcesSchema<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  const citation = z.union([
    z.strictObject({
      /** 文献库（content/bibliography.yaml）里的编号，如 S51。 */
      id: h.reference('bibliography'),
      /** 引用的页码、卷次或段落。 */
      pages: z.string().trim().min(1).optional(),
      /** 针对本条的说明，如「只记其乾隆八年到任」。 */
      note: z.string().trim().min(1).optional(),
    }),
    z.strictObject(sourceRecordFields),
  ]);
  return z
    .array(z.preprocess((item) => (typeof item === 'string' ? { id: item } : item), citation))
    .min(1, { error: '至少列出一个来源：每条内容都要有出处。' });
}
