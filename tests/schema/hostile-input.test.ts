/**
 * The hostile corpus: what a careless or hostile contributor could send, one case per row. Each is
 * laid over a copy of the fixture archive (files too large, too deep or too odd to commit are
 * written here), and the check must refuse it with the file, the line or field, and a message in
 * Chinese, without throwing and without reading a byte from outside the repository.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/checks/check-types.ts';
import { checkArchive } from '../../src/lib/checks/check-archive.ts';
import { readContentFiles, readImageFiles } from '../../src/integrations/archive-files.ts';
import { readRootFile } from '../../src/integrations/archive-check.ts';
import { siteConfig } from '../../src/site.config.ts';
import { fixtureCopy } from '../helpers/fixture-archive.ts';
import { scratchDir } from '../helpers/scratch.ts';

const WORTHY = 'content/worthies/wang-mou.mdx';
const PLACE = 'content/places/jia-zhen.yaml';
const BIBLIOGRAPHY = 'content/bibliography.yaml';

/** A file outside the repository that no check may ever read. */
const SECRET = 'root:x:0:0:secret-line-that-must-never-be-printed';

function outsideFile(name: string, contents: string | Buffer): string {
  const path = join(scratchDir('outside'), name);
  writeFileSync(path, contents);
  return path;
}

/** A PNG header that claims `width` × `height` pixels: tiny on disk, huge when decoded. */
function pngHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

interface Files {
  root: string;
  content: string;
  read: (path: string) => string;
  write: (path: string, text: string | Buffer) => void;
  edit: (path: string, change: (text: string) => string) => void;
}

interface HostileCase {
  name: string;
  lay: (files: Files) => void;
  file: string;
  line?: number;
  field?: RegExp;
  message: RegExp;
}

const withPortrait = (src: string) => (text: string) => text.replace('./wang-mou/portrait.jpg', src);

const withKeywords = (list: string) => (text: string) =>
  text.replace(/^summary:/m, `keywords: ${list}\nsummary:`);
const SYNONYMS = 'search-synonyms.yaml';

/** A portrait path that climbs out of the content folder, refused before anything is read. */
function portraitOutside(name: string, src: string): HostileCase {
  return {
    name,
    lay: (f) => {
      f.edit(WORTHY, withPortrait(src));
    },
    file: WORTHY,
    field: /画像/,
    message: /走出了内容文件夹/,
  };
}

/** A portrait whose PNG header claims `width` × `height` pixels, refused with `message`. */
function oversizedPortrait(name: string, width: number, height: number, message: RegExp): HostileCase {
  return {
    name,
    lay: (f) => {
      f.write('worthies/wang-mou/portrait.jpg', pngHeader(width, height));
    },
    file: WORTHY,
    field: /画像/,
    message,
  };
}

const cases: HostileCase[] = [
  {
    name: 'markup in a search keyword',
    lay: (f) => {
      f.edit(WORTHY, withKeywords('["<script>alert(1)</script>"]'));
    },
    file: WORTHY,
    field: /搜索用词/,
    message: /不能有标点、引号、尖括号或网页代码/,
  },
  {
    name: 'a huge search keyword',
    lay: (f) => {
      f.edit(WORTHY, withKeywords(`[${'老'.repeat(50000)}]`));
    },
    file: WORTHY,
    field: /搜索用词/,
    message: /搜索用词太长/,
  },
  {
    name: 'search keywords multiplied by YAML aliases',
    lay: (f) => {
      f.edit(WORTHY, (t) =>
        withKeywords(`[${Array.from({ length: 200 }, () => '*k').join(', ')}]`)(t).replace(
          /^summary:/m,
          'alias: &k 老城\nsummary:',
        ),
      );
    },
    file: WORTHY,
    message: /YAML 别名（\*名称）用得太多/,
  },
  {
    name: 'markup in the synonyms file',
    lay: (f) => {
      f.write(SYNONYMS, '- everyday: "<img src=x onerror=alert(1)>"\n  formal: [测试]\n');
    },
    file: `content/${SYNONYMS}`,
    line: 1,
    field: /everyday/,
    message: /尖括号或网页代码/,
  },
  {
    name: 'a synonyms file that is a map of code, not a list',
    lay: (f) => {
      f.write(SYNONYMS, 'everyday: !!js/function "function () { return 1 }"\n');
    },
    file: `content/${SYNONYMS}`,
    message: /同义词表应是一个列表|YAML|标签/,
    line: 1,
  },
  {
    name: 'a javascript: address in the bibliography',
    lay: (f) => {
      f.edit(BIBLIOGRAPHY, (t) => t.replace('https://example.org/history', "'javascript:alert(1)'"));
    },
    file: BIBLIOGRAPHY,
    field: /网址/,
    message: /只接受 http:\/\/ 或 https:\/\//,
  },
  ...['data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://example.org/x'].map(
    (url): HostileCase => ({
      name: `a ${url.split(':')[0]}: address in the bibliography`,
      lay: (f) => {
        f.edit(BIBLIOGRAPHY, (t) => t.replace('https://example.org/history', JSON.stringify(url)));
      },
      file: BIBLIOGRAPHY,
      field: /网址/,
      message: /只接受 http:\/\/ 或 https:\/\//,
    }),
  ),
  {
    name: 'a link in a body whose scheme hides a tab (java\\tscript:)',
    lay: (f) => {
      f.edit(WORTHY, (t) => `${t}\n[点我](java&#9;script:alert(1)) [再点](<java\tscript:alert(1)>)\n`);
    },
    file: WORTHY,
    message: /链接或图片地址不能以「javascript:」开头/,
  },
  portraitOutside(
    'an image path that climbs out of the repository',
    '../../../../../../../../etc/passwd.png',
  ),
  portraitOutside(
    'an image path that climbs out and back to a real file',
    '../../../../../../../../../../content/worthies/wang-mou/portrait.jpg',
  ),
  {
    name: 'an image that is a symbolic link to an image outside the repository',
    lay: (f) => {
      const target = outsideFile(
        'portrait.jpg',
        readFileSync(join(f.content, 'worthies/wang-mou/portrait.jpg')),
      );
      rmSync(join(f.content, 'worthies/wang-mou/portrait.jpg'));
      symlinkSync(target, join(f.content, 'worthies/wang-mou/portrait.jpg'));
    },
    file: 'content/worthies/wang-mou/portrait.jpg',
    message: /指向仓库 content\/ 与 public\/ 之外的符号链接/,
  },
  {
    name: 'an image that is a symbolic link to a text file outside the repository',
    lay: (f) => {
      rmSync(join(f.content, 'worthies/wang-mou/portrait.jpg'));
      symlinkSync(outsideFile('passwd', `${SECRET}\n`), join(f.content, 'worthies/wang-mou/portrait.jpg'));
    },
    file: 'content/worthies/wang-mou/portrait.jpg',
    message: /符号链接，出于安全不会读取/,
  },
  {
    name: 'an entry that is a symbolic link to a file outside the repository',
    lay: (f) => {
      symlinkSync(
        outsideFile('secret.mdx', `---\nname: ${SECRET}\n---\n`),
        join(f.content, 'worthies/secret.mdx'),
      );
    },
    file: 'content/worthies/secret.mdx',
    message: /符号链接，出于安全不会读取/,
  },
  {
    name: 'a text file renamed to .png inside the content folder',
    lay: (f) => {
      f.write('worthies/wang-mou/portrait.jpg', `${SECRET}\n`);
    },
    file: WORTHY,
    field: /画像/,
    message: /读不出尺寸/,
  },
  ...[4000, 2500, 1000, 40].map((depth): HostileCase => ({
    name: `${depth} nested block quotes`,
    lay: (f) => {
      f.edit(WORTHY, (t) => `${t}\n${'>'.repeat(depth)} 深\n`);
    },
    file: WORTHY,
    line: 39,
    message: new RegExp(`嵌套过深：.*${depth} 层，上限是 32 层`),
  })),
  {
    name: 'nested lists written with spaces',
    lay: (f) => {
      f.edit(
        WORTHY,
        (t) => `${t}\n${Array.from({ length: 400 }, (_, i) => `${' '.repeat(i * 2)}- 项`).join('\n')}\n`,
      );
    },
    file: WORTHY,
    message: /嵌套过深/,
  },
  {
    name: 'thousands of open brackets',
    lay: (f) => {
      f.edit(WORTHY, (t) => `${t}\n${'['.repeat(3000)}\n`);
    },
    file: WORTHY,
    message: /嵌套过深/,
  },
  {
    name: 'components nested hundreds deep',
    lay: (f) => {
      f.edit(WORTHY, (t) => `${t}\n${'<Aside type="说明">\n'.repeat(300)}${'</Aside>\n'.repeat(300)}`);
    },
    file: WORTHY,
    message: /嵌套过深/,
  },
  {
    name: 'deep nesting in a YAML description (Markdown text)',
    lay: (f) => {
      f.edit(PLACE, (t) => `${t}description: "${'>'.repeat(3000)} 深"\n`);
    },
    file: PLACE,
    message: /嵌套过深/,
  },
  {
    name: 'invalid UTF-8 bytes (a file saved as GBK)',
    lay: (f) => {
      f.write(
        'worthies/wang-mou.mdx',
        Buffer.concat([
          Buffer.from(f.read(WORTHY).slice(0, 40)),
          Buffer.from([0xcd, 0xf5]),
          Buffer.from('\n'),
        ]),
      );
    },
    file: WORTHY,
    line: 4,
    message: /不是有效的 UTF-8 文本（第 4 行，第 \d+ 字节处/,
  },
  {
    name: 'a YAML alias bomb (billion laughs)',
    lay: (f) => {
      f.write(
        'places/jia-zhen.yaml',
        [
          'a: &a [x, x, x, x, x, x, x, x, x]',
          ...'bcdefghi'
            .split('')
            .map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
        ].join('\n'),
      );
    },
    file: PLACE,
    message: /YAML 别名（\*名称）用得太多/,
  },
  ...[
    '!!js/function "function () { return 1 }"',
    '!!binary aGVsbG8=',
    '!custom value',
    '!!python/object:os.system ls',
  ].map((value): HostileCase => ({
    name: `a YAML tag: ${value.split(' ')[0]}`,
    lay: (f) => {
      f.edit(PLACE, (t) => t.replace('summary: 测试用的虚构镇，王某曾在这里讲学。', `summary: ${value}`));
    },
    file: PLACE,
    line: 5,
    message: new RegExp(
      `不能使用 YAML 标签（以 ! 开头的「${(value.split(' ')[0] ?? '').replace(/[!/]/g, '\\$&')}`,
    ),
  })),
  ...[
    ['worthies/qian-mou.md', /应是 \.mdx 文件（现在是 \.md）/],
    ['worthies/qian-mou.markdown', /应是 \.mdx 文件（现在是 \.markdown）/],
    ['worthies/qian-mou.MDX', /扩展名应是小写的 \.mdx（现在是 \.MDX）/],
    ['places/yi-zhen.yml', /扩展名应是小写的 \.yaml（现在是 \.yml）/],
    ['places/notes.txt', /应是 \.yaml 文件（现在是 \.txt）/],
    ['heritage/mou-xi/logo.svg', /SVG 图片里可以藏脚本/],
    ['heritage/mou-xi/scan.tiff', /不认识 \.tiff 文件/],
  ].map(([path, message]): HostileCase => ({
    name: `a file of the wrong kind: ${String(path)}`,
    lay: (f) => {
      f.write(String(path), '<svg onload="alert(1)"><script>alert(1)</script></svg>');
    },
    file: `content/${String(path)}`,
    line: 1,
    message: message as RegExp,
  })),
  {
    name: 'a worthy who dies before being born',
    lay: (f) => {
      f.edit(WORTHY, (t) => t.replace('born: 乾隆八年（1743）', 'born: 1850'));
    },
    file: WORTHY,
    field: /卒年/,
    message: /卒年「1800」早于生年「1850」/,
  },
  {
    name: 'a birth year in the future',
    lay: (f) => {
      f.edit(WORTHY, (t) =>
        t.replace('born: 乾隆八年（1743）', 'born: 2999').replace(/died:\n(?: {2}.*\n)+/, ''),
      );
    },
    file: WORTHY,
    field: /生年/,
    message: /生年「2999」在今年（\d{4}）之后/,
  },
  {
    name: 'a lifespan over 120 years without a note',
    lay: (f) => {
      f.edit(WORTHY, (t) =>
        t.replace('born: 乾隆八年（1743）', 'born: 1650').replace('  note: 两说并存\n', ''),
      );
    },
    file: WORTHY,
    field: /卒年/,
    message: /相距 150 年，超过 120 年/,
  },
  {
    name: 'a place name period that ends before it starts',
    lay: (f) => {
      f.edit(PLACE, (t) => `${t}names:\n  - { name: 甲村, from: 1900, to: 1850 }\n`);
    },
    file: PLACE,
    message: /结束时间「1850」（1850）早于起始时间「1900」/,
  },
  {
    name: 'a 50 MB entry file',
    lay: (f) => {
      f.write('studies/ju-da.mdx', Buffer.alloc(50 * 1024 * 1024, 0x61));
    },
    file: 'content/studies/ju-da.mdx',
    line: 1,
    message: /文件有 50\.0 MB，超过单个条目 2\.0 MB 的上限/,
  },
  oversizedPortrait('a 200-megapixel image', 5000, 40_000, /5000×40000 像素，超过上限/),
  oversizedPortrait(
    'a decompression bomb (a tiny PNG claiming 100,000 × 100,000 pixels)',
    100_000,
    100_000,
    /100000×100000 像素，超过上限/,
  ),
  oversizedPortrait(
    'an image within the side limit with too many pixels (5500 × 5500)',
    5500,
    5500,
    /5500×5500 像素，超过上限（长边 6000 像素、共 25 百万像素）/,
  ),
];

function check(lay: (files: Files) => void) {
  const { root, content } = fixtureCopy();
  const files: Files = {
    root,
    content,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => {
      mkdirSync(join(content, path, '..'), { recursive: true });
      writeFileSync(join(content, path), text);
    },
    edit: (path, change) => {
      writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
    },
  };
  lay(files);
  return checkArchive(readContentFiles(content, root, siteConfig.limits), {
    districts: siteConfig.districts.map((d) => d.id),
    images: readImageFiles(content, root),
    limits: siteConfig.limits,
    searchSynonyms: readRootFile(content, root, 'search-synonyms.yaml'),
  });
}

/** The check's problems for each case, found once for all the tests that read them. */
const problemsOf = (() => {
  const found = new Map<string, Problem[]>();
  return ({ name, lay }: HostileCase): Problem[] => {
    if (!found.has(name)) found.set(name, check(lay).problems);
    return found.get(name) ?? [];
  };
})();

describe('hostile input is refused by the check, with file, place and a Chinese message', () => {
  it.each(cases)('$name', (hostile) => {
    const { file, line, field, message } = hostile;
    const problems = problemsOf(hostile);
    const listing = problems.map((p) => `${p.file}:${p.line} [${p.field ?? ''}] ${p.message}`).join('\n');
    const match = problems.find((p) => message.test(p.message));
    expect(match, `no problem matching ${message} among:\n${listing}`).toBeDefined();
    expect(match?.file).toBe(file);
    if (line !== undefined) expect(match?.line).toBe(line);
    if (field) expect(match?.field).toMatch(field);
    // Nothing from outside the repository reaches a message.
    expect(listing).not.toContain('secret-line');
  });

  it('says it word for word as a historian reads it (a change of wording shows here)', () => {
    const report = cases.map((hostile) => {
      const match = problemsOf(hostile).find((p) => hostile.message.test(p.message));
      return `${hostile.name}: ${match?.file}:${match?.line ?? '-'} ${match?.field ?? '-'} ${match?.message}`;
    });
    // The current year is the only part of a message that changes by itself.
    expect(report.join('\n').replaceAll(String(new Date().getFullYear()), '<今年>')).toMatchInlineSnapshot(`
      "markup in a search keyword: content/worthies/wang-mou.mdx:27 「搜索用词」 → 第1项（keywords[0]） 搜索用词只能包含汉字、字母、数字和间隔号（·），不能有标点、引号、尖括号或网页代码。
      a huge search keyword: content/worthies/wang-mou.mdx:27 「搜索用词」 → 第1项（keywords[0]） 搜索用词太长：每个最多 12 个字，请只写词语本身，不写句子。
      search keywords multiplied by YAML aliases: content/worthies/wang-mou.mdx:2 - YAML 别名（*名称）用得太多或互相嵌套展开过大（上限 100 次）：元数据里请直接写出内容，不要用 & 和 * 复用。
      markup in the synonyms file: content/search-synonyms.yaml:1 「everyday」（群众常说的词） 「<img src=x onerror=a」只能包含汉字、字母、数字和间隔号（·），不能有标点、引号、尖括号或网页代码：请删去这些符号。
      a synonyms file that is a map of code, not a list: content/search-synonyms.yaml:1 - 不能使用 YAML 标签（以 ! 开头的「!!js/function」）：元数据只写文字、数字、列表和「字段: 值」。请删去标签，需要时给值加上引号。
      a javascript: address in the bibliography: content/bibliography.yaml:15 F2 → 「网址」（url） 「网址」格式不对：只接受 http:// 或 https:// 开头的网页地址（javascript:、data:、file: 等地址会被拒绝）。
      a data: address in the bibliography: content/bibliography.yaml:15 F2 → 「网址」（url） 「网址」格式不对：只接受 http:// 或 https:// 开头的网页地址（javascript:、data:、file: 等地址会被拒绝）。
      a vbscript: address in the bibliography: content/bibliography.yaml:15 F2 → 「网址」（url） 「网址」格式不对：只接受 http:// 或 https:// 开头的网页地址（javascript:、data:、file: 等地址会被拒绝）。
      a file: address in the bibliography: content/bibliography.yaml:15 F2 → 「网址」（url） 「网址」格式不对：只接受 http:// 或 https:// 开头的网页地址（javascript:、data:、file: 等地址会被拒绝）。
      a ftp: address in the bibliography: content/bibliography.yaml:15 F2 → 「网址」（url） 「网址」格式不对：只接受 http:// 或 https:// 开头的网页地址（javascript:、data:、file: 等地址会被拒绝）。
      a link in a body whose scheme hides a tab (java\\tscript:): content/worthies/wang-mou.mdx:39 - 链接或图片地址不能以「javascript:」开头：只能链接 http:// 或 https:// 网址、mailto: 邮件地址或本站页面，其他地址可能执行代码或嵌入未经审核的内容。请改用 https:// 网址或本库条目链接 [[名称]]。
      an image path that climbs out of the repository: content/worthies/wang-mou.mdx:20 「画像」 → 「图片文件」（portrait.src） 图片路径「../../../../../../../../etc/passwd.png」走出了内容文件夹：图片要放在条目旁边（如 ./wang-mou/portrait.jpg），路径里的 ../ 不能跳出本仓库。
      an image path that climbs out and back to a real file: content/worthies/wang-mou.mdx:20 「画像」 → 「图片文件」（portrait.src） 图片路径「../../../../../../../../../../content/worthies/wang-mou/portrait.jpg」走出了内容文件夹：图片要放在条目旁边（如 ./wang-mou/portrait.jpg），路径里的 ../ 不能跳出本仓库。
      an image that is a symbolic link to an image outside the repository: content/worthies/wang-mou/portrait.jpg:1 - 这是一个指向仓库 content/ 与 public/ 之外的符号链接，出于安全不会读取：请把文件本身放进条目旁边，而不是链接。
      an image that is a symbolic link to a text file outside the repository: content/worthies/wang-mou/portrait.jpg:1 - 这是一个指向仓库 content/ 与 public/ 之外的符号链接，出于安全不会读取：请把文件本身放进条目旁边，而不是链接。
      an entry that is a symbolic link to a file outside the repository: content/worthies/secret.mdx:1 - 这是一个指向仓库 content/ 与 public/ 之外的符号链接，出于安全不会读取：请把文件本身放进条目旁边，而不是链接。
      a text file renamed to .png inside the content folder: content/worthies/wang-mou.mdx:20 「画像」 → 「图片文件」（portrait.src） 图片「./wang-mou/portrait.jpg」读不出尺寸：文件可能已损坏，或者不是扩展名所说的格式。请用看图软件另存为 JPG 或 PNG 再放入。
      4000 nested block quotes: content/worthies/wang-mou.mdx:39 - 嵌套过深：这里的引用块、列表、括号或标签嵌套了 4000 层，上限是 32 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。
      2500 nested block quotes: content/worthies/wang-mou.mdx:39 - 嵌套过深：这里的引用块、列表、括号或标签嵌套了 2500 层，上限是 32 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。
      1000 nested block quotes: content/worthies/wang-mou.mdx:39 - 嵌套过深：这里的引用块、列表、括号或标签嵌套了 1000 层，上限是 32 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。
      40 nested block quotes: content/worthies/wang-mou.mdx:39 - 嵌套过深：这里的引用块、列表、括号或标签嵌套了 40 层，上限是 32 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。
      nested lists written with spaces: content/worthies/wang-mou.mdx:438 - 嵌套过深：这里的引用块、列表、括号或标签嵌套了 399 层，上限是 32 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。
      thousands of open brackets: content/worthies/wang-mou.mdx:39 - 嵌套过深：这里的引用块、列表、括号或标签嵌套了 3000 层，上限是 32 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。
      components nested hundreds deep: content/worthies/wang-mou.mdx:338 - 嵌套过深：这里的引用块、列表、括号或标签嵌套了 300 层，上限是 32 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。
      deep nesting in a YAML description (Markdown text): content/places/jia-zhen.yaml:8 - 嵌套过深：这里的引用块、列表、括号或标签嵌套了 3000 层，上限是 32 层。请减少嵌套（引文用一层 > 即可，长列表分成几段）。
      invalid UTF-8 bytes (a file saved as GBK): content/worthies/wang-mou.mdx:4 - 文件不是有效的 UTF-8 文本（第 4 行，第 46 字节处有无法识别的字节）：请用编辑器以「UTF-8」编码重新保存（不要用 GBK/GB2312）。
      a YAML alias bomb (billion laughs): content/places/jia-zhen.yaml:1 - YAML 别名（*名称）用得太多或互相嵌套展开过大（上限 100 次）：元数据里请直接写出内容，不要用 & 和 * 复用。
      a YAML tag: !!js/function: content/places/jia-zhen.yaml:5 - 不能使用 YAML 标签（以 ! 开头的「!!js/function」）：元数据只写文字、数字、列表和「字段: 值」。请删去标签，需要时给值加上引号。
      a YAML tag: !!binary: content/places/jia-zhen.yaml:5 - 不能使用 YAML 标签（以 ! 开头的「!!binary」）：元数据只写文字、数字、列表和「字段: 值」。请删去标签，需要时给值加上引号。
      a YAML tag: !custom: content/places/jia-zhen.yaml:5 - 不能使用 YAML 标签（以 ! 开头的「!custom」）：元数据只写文字、数字、列表和「字段: 值」。请删去标签，需要时给值加上引号。
      a YAML tag: !!python/object:os.system: content/places/jia-zhen.yaml:5 - 不能使用 YAML 标签（以 ! 开头的「!!python/object:os.system」）：元数据只写文字、数字、列表和「字段: 值」。请删去标签，需要时给值加上引号。
      a file of the wrong kind: worthies/qian-mou.md: content/worthies/qian-mou.md:1 - worthies/ 里的条目应是 .mdx 文件（现在是 .md），否则它不会被读入：请改名为 .mdx，并按模板写好元数据（可用 \`npm run new\` 生成）。
      a file of the wrong kind: worthies/qian-mou.markdown: content/worthies/qian-mou.markdown:1 - worthies/ 里的条目应是 .mdx 文件（现在是 .markdown），否则它不会被读入：请改名为 .mdx，并按模板写好元数据（可用 \`npm run new\` 生成）。
      a file of the wrong kind: worthies/qian-mou.MDX: content/worthies/qian-mou.MDX:1 - 扩展名应是小写的 .mdx（现在是 .MDX），否则这个条目不会被读入：请把文件改名。
      a file of the wrong kind: places/yi-zhen.yml: content/places/yi-zhen.yml:1 - 扩展名应是小写的 .yaml（现在是 .yml），否则这个条目不会被读入：请把文件改名。
      a file of the wrong kind: places/notes.txt: content/places/notes.txt:1 - places/ 里的条目应是 .yaml 文件（现在是 .txt），否则它不会被读入：请改名为 .yaml，并按模板写好元数据（可用 \`npm run new\` 生成）。
      a file of the wrong kind: heritage/mou-xi/logo.svg: content/heritage/mou-xi/logo.svg:1 - SVG 图片里可以藏脚本，本库不接受：请转成 PNG 或 JPG 再放入，并在条目里写明 credit 和 license。
      a file of the wrong kind: heritage/mou-xi/scan.tiff: content/heritage/mou-xi/scan.tiff:1 - heritage/ 里只能放 .mdx 条目和图片（jpg、jpeg、png、webp、gif），不认识 .tiff 文件：请删去它，或把不发布的笔记放进以 _ 开头的文件夹。
      a worthy who dies before being born: content/worthies/wang-mou.mdx:8 「卒年」（died） 卒年「1800」早于生年「1850」：请核对两者是否写反或抄错。
      a birth year in the future: content/worthies/wang-mou.mdx:7 「生年」（born） 生年「2999」在今年（<今年>）之后：请核对年份。
      a lifespan over 120 years without a note: content/worthies/wang-mou.mdx:8 「卒年」（died） 生卒年「1650」至「1800」相距 150 年，超过 120 年：请核对；若来源确实如此（或属传说），请在 born 或 died 的 note 里说明依据。
      a place name period that ends before it starts: content/places/jia-zhen.yaml:8 「历代名称」 → 第1项 → 「对方条目」（names[0].to） 结束时间「1850」（1850）早于起始时间「1900」（1900）：请核对是否写反。
      a 50 MB entry file: content/studies/ju-da.mdx:1 - 文件有 50.0 MB，超过单个条目 2.0 MB 的上限：请把长文拆成几篇，或删去粘贴进来的多余内容。
      a 200-megapixel image: content/worthies/wang-mou.mdx:20 「画像」 → 「图片文件」（portrait.src） 图片「./wang-mou/portrait.jpg」是 5000×40000 像素，超过上限（长边 6000 像素、共 25 百万像素）：请缩小到长边 3000 像素左右再放入。
      a decompression bomb (a tiny PNG claiming 100,000 × 100,000 pixels): content/worthies/wang-mou.mdx:20 「画像」 → 「图片文件」（portrait.src） 图片「./wang-mou/portrait.jpg」是 100000×100000 像素，超过上限（长边 6000 像素、共 25 百万像素）：请缩小到长边 3000 像素左右再放入。
      an image within the side limit with too many pixels (5500 × 5500): content/worthies/wang-mou.mdx:20 「画像」 → 「图片文件」（portrait.src） 图片「./wang-mou/portrait.jpg」是 5500×5500 像素，超过上限（长边 6000 像素、共 25 百万像素）：请缩小到长边 3000 像素左右再放入。"
    `);
  });
});

describe('what looks odd but is fine', () => {
  it.each([
    [
      'a byte-order mark',
      (f: Files) => {
        f.write('worthies/wang-mou.mdx', `\uFEFF${f.read(WORTHY)}`);
      },
    ],
    [
      'Windows line ends',
      (f: Files) => {
        f.write('worthies/wang-mou.mdx', f.read(WORTHY).replaceAll('\n', '\r\n'));
      },
    ],
    [
      'a symbolic link that stays inside the content folder',
      (f: Files) => {
        rmSync(join(f.content, 'worthies/wang-mou/portrait.jpg'));
        f.write('worthies/_originals/portrait.jpg', readFileSync(join(FIXTURE_PORTRAIT)));
        symlinkSync(
          join(f.content, 'worthies/_originals/portrait.jpg'),
          join(f.content, 'worthies/wang-mou/portrait.jpg'),
        );
      },
    ],
    [
      'a lifespan over 120 years with a note saying why',
      (f: Files) => {
        f.edit(WORTHY, (t) =>
          t.replace('born: 乾隆八年（1743）', 'born: { date: 1650, note: 据某志，传说寿一百五十岁 }'),
        );
      },
    ],
    [
      '32 nested quotes (the limit)',
      (f: Files) => {
        f.edit(WORTHY, (t) => `${t}\n${'>'.repeat(32)} 深\n`);
      },
    ],
    [
      'many line breaks, links and brackets in one text',
      (f: Files) => {
        f.edit(
          WORTHY,
          (t) => `${t}\n${'一行<br />\n'.repeat(60)}\n${'[一处](https://example.org/)（注） '.repeat(60)}\n`,
        );
      },
    ],
  ])('%s', (_name, lay) => {
    expect(check(lay).problems).toEqual([]);
  });
});

const FIXTURE_PORTRAIT = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'site',
  'content',
  'worthies',
  'wang-mou',
  'portrait.jpg',
);
