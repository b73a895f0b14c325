/**
 * The MDX safety gate as a Vite plugin that runs before @astrojs/mdx: every `.mdx` file under the
 * content folder is checked on its raw text, so a file changed after the build's first check (in
 * the dev server, say) still never reaches the compiler unchecked.
 */
import type { Plugin } from 'vite';
import { relative } from 'node:path';
import { parseSourceFile } from '../lib/checks/source-file.ts';
import { checkMdxSafety } from '../lib/mdx-gate.ts';

export function mdxGatePlugin(contentDir: string, root: string): Plugin {
  return {
    name: 'archive-mdx-gate',
    enforce: 'pre',
    transform(code, id) {
      // Only the file itself: ids with a query (`?astroPropagatedAssets`) are Astro's generated
      // wrappers around it, not the contributed text.
      if (!id.endsWith('.mdx') || !id.startsWith(contentDir)) return undefined;
      const source = parseSourceFile(code, 'mdx');
      const problems = checkMdxSafety(source.body, source.bodyLine - 1);
      if (problems.length === 0) return undefined;
      const file = relative(root, id);
      const lines = problems.map((p) => `  ${file} 第 ${p.line} 行：${p.message}`).join('\n');
      throw new Error(`MDX 安全检查未通过，${file} 没有被编译（unsafe MDX rejected）：\n${lines}`);
    },
  };
}
