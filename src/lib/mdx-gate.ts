/**
 * The MDX safety gate. Contributed MDX compiles to JavaScript that runs during the build, so before
 * a file reaches the compiler it is parsed (never executed) and rejected if it contains anything
 * that could run code or load outside content: import/export, `{expressions}`, components outside
 * the allowlist, raw <script>/<style>/<iframe>/<object>/<embed>, `on*` attributes, and
 * `javascript:`/`data:` URLs. Each problem says where it is and what to write instead.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { DEFAULT_LIMITS, measureNesting } from './checks/limits.ts';
import { isSafeLinkUrl, urlScheme } from './safe-url.ts';

/** Components the site provides to every MDX entry, with the attributes each accepts. */
export const ALLOWED_COMPONENTS: Record<string, readonly string[]> = {
  Aside: ['type', 'title'],
  Quote: ['source'],
  Figure: ['src', 'caption'],
  Gallery: [],
  EntryLink: ['to'],
};

/** Attribute values that are limited to a list. */
export const ALLOWED_VALUES: Record<string, Record<string, readonly string[]>> = {
  Aside: { type: ['说明', '传说', '异说'] },
};

/** Plain HTML elements that cannot run code and help with Chinese text (ruby, abbreviations). */
export const ALLOWED_HTML: Record<string, readonly string[]> = {
  br: [],
  sup: [],
  sub: [],
  abbr: ['title'],
  ruby: [],
  rt: [],
  rp: [],
  mark: [],
  small: [],
  cite: [],
  q: [],
  u: [],
  s: [],
};

/** Elements named in messages so that authors learn why, not just that, they are refused. */
const DANGEROUS_HTML = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'form',
  'base',
]);

/** A use of one of the site's components, for checks that need the whole archive (links, images). */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

export interface GateProblem {
  /** 1-based line in the file (frontmatter included when `lineOffset` is given). */
  line: number;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const COMPONENT_LIST = Object.keys(ALLOWED_COMPONENTS).join('、');

/** Checks an MDX body. `lineOffset` is the number of lines before the body (the frontmatter). */
export function checkMdxSafety(body: string, lineOffset = 0): GateProblem[] {
  return inspectMdx(body, lineOffset).problems;
}

/** The gate's findings and the site components the body uses (with literal attributes only). */
export function inspectMdx(
  body: string,
  lineOffset = 0,
  maxNesting = DEFAULT_LIMITS.nesting,
): { problems: GateProblem[]; components: ComponentUse[] } {
  const tooDeep = nestingProblem(body, lineOffset, maxNesting);
  if (tooDeep) return { problems: [tooDeep], components: [] };
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    return { problems: [syntaxProblem(error, lineOffset)], components: [] };
  }
  const problems: GateProblem[] = [];
  const components: ComponentUse[] = [];
  const visit = (node: Node) => {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    const problem = inspect(node);
    if (problem) problems.push({ line, message: problem });
    for (const attributeProblem of inspectAttributes(node))
      problems.push({ line, message: attributeProblem });
    if (node.name && node.name in ALLOWED_COMPONENTS) {
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.name && typeof attribute.value === 'string')
          attributes[attribute.name] = attribute.value;
      }
      components.push({ name: node.name, attributes, line });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { problems, components };
}

function inspect(node: Node): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return `不能使用 import 或 export（「${firstLine(node.value)}」）：条目正文不能引入代码。需要的组件（${COMPONENT_LIST}）无须导入，直接写即可。`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isComment(node.value ?? '')) return undefined;
      return `不能使用花括号表达式「{${firstLine(node.value)}}」：正文里的 { } 会被当作程序执行。如果只是想写花括号本身，请写成 \\{ 和 \\}；注释可写作 {/* 注释 */}。`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (!name) return '不能使用空标签 <> … </>：请直接写内容。';
      if (name in ALLOWED_COMPONENTS || name in ALLOWED_HTML) return undefined;
      if (DANGEROUS_HTML.has(name.toLowerCase())) {
        return `不能使用 <${name}> 标签：它可以运行代码或从外部载入内容。排版请用 Markdown；需要插图、引文或注记时用本站组件：${COMPONENT_LIST}。`;
      }
      return `不认识的组件或标签 <${name}>：正文只能使用本站提供的组件（${COMPONENT_LIST}）和少数 HTML 标签（${Object.keys(ALLOWED_HTML).join('、')}）。请检查拼写（区分大小写），或改用 Markdown。`;
    }
    case 'image':
      if (node.url && !isSafeLinkUrl(node.url)) return `图片地址不能以「${urlScheme(node.url)}:」开头。`;
      return `正文里不能直接用 Markdown 图片 ![…](${node.url ?? ''})：图片要先在元数据里登记（写明 alt、credit、license），正文再用 <Figure src="./…" /> 引用；网上的图片请下载并确认许可后放在条目旁边。`;
    case 'link':
    case 'definition':
      if (node.url && !isSafeLinkUrl(node.url)) {
        return `链接或图片地址不能以「${urlScheme(node.url)}:」开头：只能链接 http:// 或 https:// 网址、mailto: 邮件地址或本站页面，其他地址可能执行代码或嵌入未经审核的内容。请改用 https:// 网址或本库条目链接 [[名称]]。`;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Checks a Markdown text from a YAML entry (a description or a note): plain Markdown, so no code
 * can run, but raw HTML and unsafe link addresses are refused the same way.
 */
export function checkMarkdownSafety(
  text: string,
  lineOffset = 0,
  maxNesting = DEFAULT_LIMITS.nesting,
): GateProblem[] {
  const tooDeep = nestingProblem(text, lineOffset, maxNesting);
  if (tooDeep) return [tooDeep];
  const problems: GateProblem[] = [];
  const visit = (node: Node) => {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    if (node.type === 'html') {
      problems.push({
        line,
        message: `说明文字里不能写 HTML 标签（「${firstLine(node.value)}」）：请改用 Markdown，如 **加粗**、[链接](https://…)、[[条目名]]。`,
      });
    } else {
      const problem = inspect(node);
      if (problem) problems.push({ line, message: problem });
    }
    node.children?.forEach(visit);
  };
  visit(markdownToMdast(text) as unknown as Node);
  return problems;
}

function inspectAttributes(node: Node): string[] {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return [];
  const name = node.name ?? '';
  const allowed = ALLOWED_COMPONENTS[name] ?? ALLOWED_HTML[name];
  if (!allowed) return [];
  const problems: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`<${name}> 里不能写 {…} 形式的属性：请写成 属性="文字" 的形式。`);
      continue;
    }
    const attributeName = attribute.name ?? '';
    if (/^on/i.test(attributeName)) {
      problems.push(
        `<${name}> 不能带 ${attributeName} 属性：以 on 开头的属性会在浏览器里运行代码。请删去它。`,
      );
      continue;
    }
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      problems.push(
        `<${name}> 的 ${attributeName} 属性不能用花括号 {…} 赋值：请写成 ${attributeName}="文字"。`,
      );
      continue;
    }
    if (typeof attribute.value === 'string' && !isSafeLinkUrl(attribute.value)) {
      problems.push(
        `<${name}> 的 ${attributeName} 不能是「${urlScheme(attribute.value)}:」开头的地址：只能写 https:// 网址或本站的相对地址。`,
      );
      continue;
    }
    const values = ALLOWED_VALUES[name]?.[attributeName];
    if (values && typeof attribute.value === 'string' && !values.includes(attribute.value)) {
      problems.push(`<${name} ${attributeName}="${attribute.value}"> 的取值只能是：${values.join('、')}。`);
      continue;
    }
    if (!allowed.includes(attributeName)) {
      const list = allowed.length > 0 ? `可用的属性有：${allowed.join('、')}` : '它不接受任何属性';
      problems.push(`<${name}> 不认识 ${attributeName} 属性：${list}。`);
    }
  }
  return problems;
}

/**
 * The parsers walk the text recursively, so a few thousand nested quotes or brackets overflow
 * their stack (an exception at best, a crash of the whole build at worst). Measured in one flat
 * pass first, and refused before any parser sees it.
 */
function nestingProblem(text: string, lineOffset: number, maxNesting: number): GateProblem | undefined {
  const { depth, line } = measureNesting(text);
  if (depth <= maxNesting) return undefined;
  return {
    line: line + lineOffset,
    message: `嵌套过深：这里的引用块、列表、括号或标签嵌套了 ${depth} 层，上限是 ${maxNesting} 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。`,
  };
}

function isComment(expression: string): boolean {
  const trimmed = expression.trim();
  return /^\/\*[\s\S]*\*\/$/.test(trimmed) && !trimmed.slice(2, -2).includes('*/');
}

function firstLine(text: string | undefined): string {
  const line = (text ?? '').split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

function syntaxProblem(error: unknown, lineOffset: number): GateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1) + lineOffset;
  const detail = message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').split('\n')[0];
  return {
    line,
    message: `MDX 写法有误，无法读取：${detail}。常见原因：标签没有闭合（<Aside> 要有 </Aside>）；正文里单独的 { 或 < 要写成 \\{ 或 &lt;。`,
  };
}
