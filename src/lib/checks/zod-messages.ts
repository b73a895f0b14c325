/**
 * Zod's issues, retold in plain Chinese with the field's name and what to write instead.
 * Messages that a schema already wrote in Chinese (custom errors) are kept as they are.
 */
import { FIELD_LABELS } from './field-labels.ts';

/** The parts of a zod 4 issue this module reads. */
export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  keys?: string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  errors?: ZodIssueLike[][];
}

export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** Fields whose value is a historical date: their inner `date` key is not shown to authors. */
const DATE_FIELDS = new Set(['born', 'died', 'from', 'to', 'date']);

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（每项一行，以「- 」开头）',
  object: '一组字段',
  date: '日期',
};

function typeOf(value: unknown): string {
  if (value === null) return '空值';
  if (Array.isArray(value)) return '列表';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

function cleanPath(path: PropertyKey[]): (string | number)[] {
  const keys = path.filter((key): key is string | number => typeof key !== 'symbol');
  const last = keys.at(-1);
  const parent = keys.at(-2);
  if (last === 'date' && typeof parent === 'string' && DATE_FIELDS.has(parent)) keys.pop();
  return keys;
}

function label(path: (string | number)[]): string {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string');
  return key ? (FIELD_LABELS[key] ?? key) : '内容';
}

/** Closest known field name, for typos such as `bron` → `born`. */
function suggestField(key: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

const KNOWN_FIELDS = Object.keys(FIELD_LABELS);

/** One zod issue, in Chinese. */
export function explainIssue(issue: ZodIssueLike): FieldProblem[] {
  const path = cleanPath(issue.path);
  const name = `「${label(path)}」`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        const custom = /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : undefined;
        return [{ path, message: custom ?? `缺少必填字段${name}：请补上。` }];
      }
      return [
        {
          path,
          message: `${name}应当是${TYPE_NAMES[issue.expected ?? ''] ?? issue.expected}，现在写的是${typeOf(issue.input)}。`,
        },
      ];
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map(String).join('、');
      if (issue.input === undefined)
        return [{ path, message: `缺少必填字段${name}：请补上，可选：${allowed}。` }];
      const written =
        typeof issue.input === 'string' || typeof issue.input === 'number'
          ? `现在写的是「${issue.input}」。`
          : '';
      return [{ path, message: `${name}只能是以下之一：${allowed}。${written}` }];
    }
    case 'too_small':
      if (/[\u4e00-\u9fff]/.test(issue.message)) return [{ path, message: issue.message }];
      return [
        {
          path,
          message:
            issue.origin === 'array'
              ? `${name}至少要有 ${issue.minimum} 项。`
              : issue.origin === 'string'
                ? `${name}不能为空${Number(issue.minimum) > 1 ? `，至少 ${issue.minimum} 个字` : ''}。`
                : `${name}不能小于 ${issue.minimum}。`,
        },
      ];
    case 'too_big':
      if (/[\u4e00-\u9fff]/.test(issue.message)) return [{ path, message: issue.message }];
      return [
        { path, message: `${name}不能超过 ${issue.maximum}${issue.origin === 'string' ? ' 个字' : ''}。` },
      ];
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => {
        const guess = suggestField(key, KNOWN_FIELDS);
        const hint = guess
          ? `是不是想写「${guess}」（${FIELD_LABELS[guess] ?? guess}）？`
          : '请删除它或检查拼写。';
        return { path: [...path, key], message: `不认识的字段「${key}」：${hint}` };
      });
    case 'invalid_union': {
      // Report the alternative that came closest, rather than every alternative's complaints.
      const branches = issue.errors ?? [];
      const best = branches.reduce<ZodIssueLike[] | undefined>(
        (closest, branch) => (!closest || branch.length < closest.length ? branch : closest),
        undefined,
      );
      if (best && best.length > 0) return best.flatMap((inner) => explainIssue(inner));
      return [{ path, message: `${name}的写法不对：请参照同类条目的写法。` }];
    }
    case 'invalid_format':
      if (/[\u4e00-\u9fff]/.test(issue.message)) return [{ path, message: issue.message }];
      return [{ path, message: `${name}的格式不对（应为 ${issue.format}）。` }];
    default:
      return [
        {
          path,
          message: /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `${name}有误：${issue.message}`,
        },
      ];
  }
}
