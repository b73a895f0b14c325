import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALLOWED_COMPONENTS, checkMarkdownSafety, checkMdxSafety } from '../../src/lib/mdx-gate.ts';

const messages = (body: string, offset = 0) => checkMdxSafety(body, offset);

describe('checkMdxSafety', () => {
  it('accepts Markdown, footnotes, wiki links, citations, allowed components and JSX comments', () => {
    const body = [
      '## 生平',
      '',
      '项羽[[下相]]人[@S51]。脚注[^1]',
      '',
      '<Aside type="传说" title="古槐">相传为项羽手植。</Aside>',
      '',
      '{/* 编者注：待补 */}',
      '',
      '<ruby>厹<rt>qiú</rt></ruby>犹，a < b。',
      '',
      '[^1]: 见《史记》。',
    ].join('\n');
    expect(messages(body)).toEqual([]);
  });

  it('rejects import and export with the line and what to do instead', () => {
    const problems = messages('# 标题\n\nimport fs from "node:fs"\n', 5);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(8);
    expect(problems[0]?.message).toMatch(/不能使用 import 或 export/);
    expect(messages('export const a = 1\n')[0]?.message).toMatch(/无须导入/);
  });

  it('rejects expressions but keeps comments', () => {
    const problems = messages('正文 {process.getBuiltinModule("fs")} 尾\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/花括号表达式/);
    expect(messages('{/* 只是注释 */}\n')).toEqual([]);
    expect(messages('{/* a */ + alert(1) /* b */}\n')).toHaveLength(1);
  });

  it('rejects components outside the allowlist', () => {
    expect(messages('<Chart data="x" />\n')[0]?.message).toMatch(/不认识的组件或标签 <Chart>/);
  });

  it.each(['script', 'style', 'iframe', 'object', 'embed'])('rejects dangerous HTML: <%s>', (tag) => {
    expect(messages(`<${tag}>x</${tag}>\n`)[0]?.message).toMatch(new RegExp(`不能使用 <${tag}> 标签`));
  });

  it('rejects on* attributes, expression attributes, spreads and unknown attributes', () => {
    const text = checkMdxSafety(
      '<Aside type="说明" onClick="alert(1)" title={x} {...p} colour="red">x</Aside>\n',
    ).map((p) => p.message);
    expect(text).toHaveLength(4);
    expect(text.join('\n')).toMatch(/onClick/);
    expect(text.join('\n')).toMatch(/不能用花括号/);
    expect(text.join('\n')).toMatch(/不能写 \{…\} 形式的属性/);
    expect(text.join('\n')).toMatch(/不认识 colour 属性/);
  });

  it('rejects javascript: and data: URLs in links and images', () => {
    const problems = messages('[点我](javascript:alert(1)) 和 ![图](data:image/png;base64,AAAA)\n');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/javascript:/),
      expect.stringMatching(/data:/),
    ]);
  });

  it('reports MDX syntax errors with their line', () => {
    const [problem] = messages('第一行\n\n<Aside type="说明">没有闭合\n', 10);
    expect(problem?.line).toBe(13);
    expect(problem?.message).toMatch(/MDX 写法有误/);
  });
});

describe('checkMarkdownSafety', () => {
  it('refuses raw HTML and unsafe links in Markdown descriptions', () => {
    const problems = checkMarkdownSafety(
      '第一段\n\n<script>alert(1)</script>\n\n[x](javascript:void(0))\n',
      3,
    );
    expect(problems.map((p) => p.line)).toEqual([6, 8]);
    expect(problems[0]?.message).toMatch(/不能写 HTML 标签/);
  });

  it('accepts ordinary Markdown', () => {
    expect(checkMarkdownSafety('**加粗**、[链接](https://example.org)、[[下相]]、[@S01]\n')).toEqual([]);
  });
});

describe('the allowlist', () => {
  it('names exactly the components entry texts are rendered with', () => {
    const body = readFileSync(new URL('../../src/components/EntryBody.astro', import.meta.url), 'utf8');
    const provided = /components=\{\{([^}]+)\}\}/
      .exec(body)?.[1]
      ?.split(',')
      .map((name) => name.trim());
    expect(provided?.sort()).toEqual(Object.keys(ALLOWED_COMPONENTS).sort());
  });
});

describe('images and values in entry texts', () => {
  it('refuses Markdown images: images are declared with their licence and shown with <Figure>', () => {
    const [problem] = checkMdxSafety('![塔](./ta.jpg)\n');
    expect(problem?.message).toMatch(/不能直接用 Markdown 图片[\s\S]*<Figure src=/);
    expect(checkMdxSafety('![远程](https://example.org/a.png)\n')).toHaveLength(1);
  });

  it('limits Aside to its three types', () => {
    expect(checkMdxSafety('<Aside type="提示">x</Aside>\n')[0]?.message).toMatch(
      /取值只能是：说明、传说、异说/,
    );
  });
});
