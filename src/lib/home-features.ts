/**
 * The front page's editors' choice: one YAML file in the content folder (home.yaml) names the
 * worthies and places shown first and, optionally, the gift. Names are entry ids (file names
 * without extension); an id the archive does not know is an error in Chinese with its line.
 */
import { z } from 'astro/zod';
import { parseSourceFile } from './checks/source-file.ts';

/** The front page's choice, at the top of the content folder. */
export const HOME_FILE = 'home.yaml';

const ids = z.array(z.string().trim().min(1)).max(12, { error: '最多选 12 个条目。' }).default([]);

export const homeFeaturesSchema = z.strictObject({
  /** 首页「乡贤」一栏的人物，按顺序，写人物条目的文件名（不带 .mdx），如 xiang-yu。 */
  worthies: ids,
  /** 首页「地名」一栏的地点，写地名条目的文件名（不带 .yaml），如 luo-ma-hu。 */
  places: ids,
  /** 首页展示的礼册；不写则展示最新的一册。 */
  gift: z.string().trim().min(1).optional(),
});

export type HomeFeatures = z.infer<typeof homeFeaturesSchema>;

/** Ids of the published entries that may be featured. */
export interface KnownIds {
  worthies: ReadonlySet<string>;
  places: ReadonlySet<string>;
  gifts: ReadonlySet<string>;
}

export interface HomeProblem {
  line: number;
  message: string;
}

const KIND = { worthies: '人物', places: '地名', gifts: '礼册' } as const;

/** Reads home.yaml's text; returns the choice or the problems (never both). */
export function readHomeFeatures(
  text: string,
  known: KnownIds,
): { features: HomeFeatures; problems: [] } | { features: undefined; problems: HomeProblem[] } {
  const source = parseSourceFile(text, 'yaml');
  if (source.syntaxErrors.length > 0) return { features: undefined, problems: source.syntaxErrors };
  const parsed = homeFeaturesSchema.safeParse(source.data ?? {});
  if (!parsed.success) {
    return {
      features: undefined,
      problems: parsed.error.issues.map((issue) => ({
        line: source.lineOf(issue.path as (string | number)[]),
        message:
          issue.code === 'unrecognized_keys'
            ? `不认识的字段 ${issue.keys.join('、')}：只能写 worthies、places、gift。`
            : `字段「${issue.path.join('.')}」${issue.message.startsWith('最多') ? issue.message : '应是条目文件名的列表，如 [xiang-yu, yuan-mei]。'}`,
      })),
    };
  }
  const problems: HomeProblem[] = [];
  const unknown = (field: 'worthies' | 'places' | 'gift', id: string, path: (string | number)[]) => {
    const collection = field === 'gift' ? 'gifts' : field;
    if (known[collection].has(id)) return;
    problems.push({
      line: source.lineOf(path),
      message: `${field} 里的「${id}」不是已发布的${KIND[collection]}条目：请写 content/${collection}/ 下的文件名（不带扩展名），或删去这一项。`,
    });
  };
  parsed.data.worthies.forEach((id, i) => {
    unknown('worthies', id, ['worthies', i]);
  });
  parsed.data.places.forEach((id, i) => {
    unknown('places', id, ['places', i]);
  });
  if (parsed.data.gift) unknown('gift', parsed.data.gift, ['gift']);
  return problems.length > 0 ? { features: undefined, problems } : { features: parsed.data, problems: [] };
}

/** `count` items spread evenly through a list (first and last included). */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count <= 1) return items.slice(0, count);
  return Array.from(
    { length: count },
    (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))] as T,
  );
}
