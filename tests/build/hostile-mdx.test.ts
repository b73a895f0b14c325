/**
 * Contributed MDX is untrusted. Each hostile file below tries to write a marker file when it is
 * compiled or rendered; the build must stop before that, name the file, and leave no marker.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture-archive.ts';
import { buildFixtureSite } from '../helpers/fixture-build.ts';

const front = `---
name: 李某
sex: 男
connection: 关联
categories: [军事]
summary: 测试用的虚构人物，正文里藏着要执行的代码。
sources: [F1]
---
`;

function hostile(
  name: string,
  body: (marker: string) => string,
  extra?: (folder: string, marker: string) => void,
) {
  const marker = join(tmpdir(), `xiangxian-marker-${name}-${process.pid}-${Date.now()}`);
  const { content } = fixtureCopy();
  writeFileSync(join(content, 'worthies', 'li-mou.mdx'), `${front}\n正文[@F1]。\n\n${body(marker)}\n`);
  extra?.(join(content, 'worthies'), marker);
  return { content, marker };
}

const cases = {
  'import of a local module': hostile(
    'import',
    () => `import './evil.mjs'`,
    (folder, marker) => {
      writeFileSync(
        join(folder, 'evil.mjs'),
        `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'import');\n`,
      );
    },
  ),
  'export const': hostile(
    'export',
    (marker) =>
      `export const pwned = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'export')`,
  ),
  'expression with process.getBuiltinModule': hostile(
    'expression',
    (marker) =>
      `{process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'expression')}`,
  ),
  'attribute expression': hostile(
    'attribute',
    (marker) =>
      `<Aside title={process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'attribute')}>注</Aside>`,
  ),
};

describe('hostile MDX', () => {
  for (const [name, { content, marker }] of Object.entries(cases)) {
    it(`is rejected before it runs: ${name}`, async () => {
      await expect(buildFixtureSite(content)).rejects.toThrow(
        /content\/worthies\/li-mou\.mdx[\s\S]*第 1[0-9] 行/,
      );
      expect(existsSync(marker)).toBe(false);
    });
  }
});
