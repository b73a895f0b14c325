/**
 * Reading an entry's text: frontmatter or YAML data, the MDX body, and a map from a field's path
 * to its line, so that every message can say "line 12" rather than only "somewhere in the file".
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { DEFAULT_LIMITS, type ContentLimits } from './limits.ts';

export type FieldPath = readonly (string | number)[];

export interface ParsedSource {
  /** The frontmatter or YAML data; undefined when it could not be parsed. */
  data: unknown;
  /** MDX body after the frontmatter ('' for YAML files). */
  body: string;
  /** Line (1-based) on which the body starts. */
  bodyLine: number;
  /** Line of a field, or of its nearest existing parent when the field is missing. */
  lineOf: (path: FieldPath) => number;
  /** Syntax errors that stop the data from being read at all. */
  syntaxErrors: { line: number; message: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses an `.mdx` file (frontmatter + body) or a `.yaml` file (data only). */
export function parseSourceFile(
  text: string,
  kind: 'mdx' | 'yaml',
  limits: Pick<ContentLimits, 'yamlAliases'> = DEFAULT_LIMITS,
): ParsedSource {
  const source = text.replace(/^\uFEFF/, '');
  if (kind === 'yaml') return { ...parseYaml(source, 0, limits.yamlAliases), body: '', bodyLine: 1 };
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      lineOf: () => 1,
      syntaxErrors: [
        {
          line: 1,
          message:
            '文件开头缺少元数据（frontmatter）：第一行应是 ---，接着写字段，再以 --- 结束。可参照同类条目或 `npm run new` 生成的模板。',
        },
      ],
    };
  }
  const yamlText = match[1] ?? '';
  const bodyLine = match[0].split('\n').length;
  return { ...parseYaml(yamlText, 1, limits.yamlAliases), body: source.slice(match[0].length), bodyLine };
}

/**
 * YAML as contributors may write it: the core schema only (strings, numbers, booleans, lists,
 * maps), so `!!js/function`, `!!binary` and custom tags are refused rather than interpreted, and
 * a bounded number of aliases, so a "billion laughs" file cannot expand in memory.
 */
export const YAML_OPTIONS = { schema: 'core', uniqueKeys: true, prettyErrors: false, merge: false } as const;

/** Parses YAML whose first line sits `lineOffset` lines into the file. */
function parseYaml(
  text: string,
  lineOffset: number,
  maxAliases: number,
): Omit<ParsedSource, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const syntaxErrors = document.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: explainYamlError(error.code, error.message),
  }));
  // Any explicit tag beyond the plain ones: an unknown tag is only a warning to the YAML library
  // (it then reads the value as text), and some (`!!binary`) it would turn into other objects.
  visit(document, (_key, node) => {
    const { tag, range } = (node ?? {}) as { tag?: string; range?: [number, number, number] };
    const start = range?.[0] ?? 0;
    if (tag && !PLAIN_TAGS.has(tag)) {
      syntaxErrors.push({
        line: lineAt(start),
        message: `不能使用 YAML 标签（以 ! 开头的「${tagOf(text, start)}」）：元数据只写文字、数字、列表和「字段: 值」。请删去标签，需要时给值加上引号。`,
      });
    }
  });
  const lineOf = (path: FieldPath) => lineCounter.linePos(offsetOf(document, path)).line + lineOffset;
  if (syntaxErrors.length > 0) return { data: undefined, lineOf, syntaxErrors };
  try {
    return { data: document.toJS({ maxAliasCount: maxAliases }), lineOf, syntaxErrors };
  } catch {
    // The library stops expanding aliases past the limit by throwing.
    return {
      data: undefined,
      lineOf,
      syntaxErrors: [
        {
          line: 1 + lineOffset,
          message: `YAML 别名（*名称）用得太多或互相嵌套展开过大（上限 ${maxAliases} 次）：元数据里请直接写出内容，不要用 & 和 * 复用。`,
        },
      ],
    };
  }
}

const PLAIN_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => `tag:yaml.org,2002:${name}`),
);

/** The tag written at `offset` (`!!js/function`), for the message. */
function tagOf(text: string, offset: number): string {
  return /!\S*/.exec(text.slice(Math.max(0, offset - 40), offset + 80))?.[0] ?? '!';
}

/** Character offset of the deepest node on `path` that exists. */
function offsetOf(document: Document, path: FieldPath): number {
  let node: unknown = document.contents;
  let offset = 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? offset) : offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

function explainYamlError(code: string, message: string): string {
  const hints: Record<string, string> = {
    DUPLICATE_KEY: '同一个字段写了两次：请删去其中一个。',
    BAD_INDENT: '缩进不对：同一层的字段要对齐，子项比上一层多缩进两个空格（不要用 Tab）。',
    TAB_AS_INDENT: '缩进里有 Tab 字符：请改用空格。',
    MISSING_CHAR: '缺少符号：检查冒号、引号、括号是否成对。',
    BLOCK_AS_IMPLICIT_KEY: '冒号位置不对：每行应是「字段: 值」，值里如有冒号请用引号括起来。',
    MULTILINE_IMPLICIT_KEY: '一行里的值没写完：值里如有冒号或 # 号，请用引号把整个值括起来。',
  };
  return `元数据的 YAML 写法有误：${hints[code] ?? '请检查这一行的冒号、缩进和引号。'}（${message.split('\n')[0]}）`;
}
