/**
 * `npm run new -- <类型> <名称>`: creates a new entry from a commented template.
 *
 *   npm run new -- worthy 胡琏               content/worthies/hu-lian.mdx
 *   npm run new -- worthy 胡琏 --qualifier 1946   content/worthies/hu-lian-1946.mdx (a different 胡琏)
 *   npm run new -- place 皂河镇 | heritage 苏北大鼓 | study 文章题目 | series 丛书名 | gift 礼册题目
 *
 * Refuses a name or alias that an entry already has, and suggests the qualifier form instead.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { runArchiveCheck } from '../src/integrations/archive-check.ts';
import { contentDir } from '../src/settings.ts';
import { ENTRY_KINDS, isEntryKind, scaffoldSlug, scaffoldText } from '../src/lib/scaffold.ts';
import { describeForLinks } from '../src/lib/text-links.ts';

const args = process.argv.slice(2);
const qualifierAt = args.indexOf('--qualifier');
const qualifier = qualifierAt >= 0 ? args[qualifierAt + 1] : undefined;
const [kind, name] = args.filter(
  (_, index) => qualifierAt < 0 || (index !== qualifierAt && index !== qualifierAt + 1),
);
const kinds = Object.entries(ENTRY_KINDS)
  .map(([key, value]) => `${key}（${value.label}）`)
  .join('、');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!kind || !name || !isEntryKind(kind)) {
  fail(
    `用法：npm run new -- <类型> <名称> [--qualifier 限定词]\n类型：${kinds}\n例：npm run new -- worthy 袁枚`,
  );
}

const root = process.cwd();
const { entries } = runArchiveCheck(root);
const { collection, extension } = ENTRY_KINDS[kind];
const slug = scaffoldSlug(kind, name, qualifier);
const path = join(contentDir(root), collection, `${slug}.${extension}`);
const shown = relative(root, path);

const sameName = describeForLinks(entries).filter(
  (e) => e.collection === collection && (e.name === name || e.otherNames.includes(name)),
);
if (sameName.length > 0 && !qualifier) {
  const list = sameName.map((e) => `  ${e.description}`).join('\n');
  fail(
    `「${name}」已有条目：\n${list}\n若是同一对象，请直接修改上面的文件；若是同名的另一个，请加限定词（${kind === 'worthy' ? '朝代、年份或籍贯' : '所在区县或年代'}），如：\n  npm run new -- ${kind} ${name} --qualifier ${kind === 'worthy' ? '1905' : '沭阳'}`,
  );
}
if (existsSync(path)) fail(`文件 ${shown} 已经存在：请换一个限定词，或直接修改它。`);

mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, scaffoldText(kind, name, new Date().toISOString().slice(0, 10)));
process.stdout.write(
  `已创建 ${shown}\n下一步：把文件里的【待填】都改成真实内容，然后运行 npm run check 检查；npm run dev 可以预览页面。\n`,
);
