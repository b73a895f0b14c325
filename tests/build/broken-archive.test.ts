/**
 * A broken archive stops the build before any contributed code runs, with the report a historian
 * reads: each file, its line, the field and the fix in Chinese, and an ordinary exit code (no
 * stack trace, no signal). One archive holds every broken case (a wrong date, hostile MDX that
 * tries to write a marker file, blockquotes nested deep enough to crash a parser), so one build
 * reports them all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildFailure } from '../helpers/fixture-build.ts';
import { brokenArchiveFailure, HOSTILE_MDX, MARKERS, NESTED_QUOTES } from '../helpers/fixture-sites.ts';

let failure: BuildFailure;
/** The check's report as printed, with the archive's folder written as `content/`. */
let report: string;

beforeAll(async () => {
  failure = await brokenArchiveFailure();
  const start = failure.output.indexOf('内容检查未通过，构建已停止');
  const end = failure.output.indexOf('\n', failure.output.indexOf('内容检查未通过：', start));
  report = failure.output.slice(start, end).replaceAll(/\S*\/archives\/broken\/content\//g, 'content/');
});

describe('a broken archive', () => {
  it('stops with an exit code, no signal and no crash', () => {
    expect(failure.signal).toBeNull();
    expect(failure.exitCode).toBe(1);
    expect(failure.output).not.toMatch(/RangeError|Segmentation|\n\s+at /);
  });

  it('prints the report a historian reads, word for word', () => {
    expect(report).toMatchInlineSnapshot(`
      "内容检查未通过，构建已停止（content check failed）。

      content/studies/di-er-pian.mdx
        第 14 行：嵌套过深：这里的引用块、列表、括号或标签嵌套了 4000 层，上限是 32 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。

      content/studies/di-yi-pian.mdx
        第 18 行：嵌套过深：这里的引用块、列表、括号或标签嵌套了 1500 层，上限是 32 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。

      content/worthies/evil.mjs
        第 1 行：worthies/ 里只能放 .mdx 条目和图片（jpg、jpeg、png、webp、gif），不认识 .mjs 文件：请删去它，或把不发布的笔记放进以 _ 开头的文件夹。

      content/worthies/li-mou-attribute.mdx
        第 12 行：<Aside> 的 title 属性不能用花括号 {…} 赋值：请写成 title="文字"。

      content/worthies/li-mou-export.mdx
        第 12 行：不能使用 import 或 export（「export const pwned = process.getBuiltinM…」）：条目正文不能引入代码。需要的组件（Aside、Quote、Figure、Gallery、EntryLink）无须导入，直接写即可。

      content/worthies/li-mou-expression.mdx
        第 12 行：不能使用花括号表达式「{process.getBuiltinModule('node:fs').writ…}」：正文里的 { } 会被当作程序执行。如果只是想写花括号本身，请写成 \\{ 和 \\}；注释可写作 {/* 注释 */}。

      content/worthies/li-mou-import.mdx
        第 12 行：不能使用 import 或 export（「import './evil.mjs'」）：条目正文不能引入代码。需要的组件（Aside、Quote、Figure、Gallery、EntryLink）无须导入，直接写即可。

      content/worthies/wang-mou.mdx
        第 6 行 「生年」（born）：「乾隆八年」是1743年，括号里写的是1744年，两者不一致。请核对来源，只保留正确的写法。

      content/worthies/wang-mou/portrait.jpg
        第 1 行：这张图片没有被任何条目使用，不会发布：请在条目的 portrait、gallery 或 cover 里引用它（并写明 credit 和 license），或者删除它。

      内容检查未通过：9 个文件共 9 处问题（content check failed: 9 problem(s) in 9 file(s)）。"
    `);
  });

  it.each(Object.keys(HOSTILE_MDX))('rejects hostile MDX before it runs: %s', (name) => {
    expect(report).toMatch(new RegExp(`content/worthies/li-mou-${name}\\.mdx\\n  第 12 行：`));
    expect(existsSync(join(MARKERS, name))).toBe(false);
  });

  it.each(Object.entries(NESTED_QUOTES))(
    'rejects %s (%i nested quotes) as nested too deep',
    (file, depth) => {
      expect(report).toMatch(
        new RegExp(`content/${file}\\n  第 \\d+ 行：嵌套过深：[^\\n]*嵌套了 ${depth} 层`),
      );
    },
  );
});
