/**
 * The hostile corpus: what a careless or hostile contributor could send, one case per row. Each is
 * laid over a copy of the fixture archive (files too large, too deep or too odd to commit are
 * written here), and the check must refuse it with the file, the line or field, and a message in
 * Chinese, without throwing and without reading a byte from outside the repository.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  {
    name: 'an image path that climbs out of the repository',
    lay: (f) => {
      f.edit(WORTHY, withPortrait('../../../../../../../../etc/passwd.png'));
    },
    file: WORTHY,
    field: /画像/,
    message: /走出了内容文件夹/,
  },
  {
    name: 'an image path that climbs out and back to a real file',
    lay: (f) => {
      f.edit(WORTHY, withPortrait('../../../../../../../../../../content/worthies/wang-mou/portrait.jpg'));
    },
    file: WORTHY,
    field: /画像/,
    message: /走出了内容文件夹/,
  },
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
  {
    name: 'a 200-megapixel image',
    lay: (f) => {
      f.write('worthies/wang-mou/portrait.jpg', pngHeader(5000, 40_000));
    },
    file: WORTHY,
    field: /画像/,
    message: /5000×40000 像素，超过上限/,
  },
  {
    name: 'a decompression bomb (a tiny PNG claiming 100,000 × 100,000 pixels)',
    lay: (f) => {
      f.write('worthies/wang-mou/portrait.jpg', pngHeader(100_000, 100_000));
    },
    file: WORTHY,
    field: /画像/,
    message: /100000×100000 像素，超过上限/,
  },
  {
    name: 'an image within the side limit with too many pixels (5500 × 5500)',
    lay: (f) => {
      f.write('worthies/wang-mou/portrait.jpg', pngHeader(5500, 5500));
    },
    file: WORTHY,
    field: /画像/,
    message: /5500×5500 像素，超过上限（长边 6000 像素、共 25 百万像素）/,
  },
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

describe('hostile input is refused by the check, with file, place and a Chinese message', () => {
  it.each(cases)('$name', ({ lay, file, line, field, message }) => {
    const { problems } = check(lay);
    const listing = problems.map((p) => `${p.file}:${p.line} [${p.field ?? ''}] ${p.message}`).join('\n');
    const match = problems.find((p) => message.test(p.message));
    expect(match, `no problem matching ${message} among:\n${listing}`).toBeDefined();
    expect(match?.file).toBe(file);
    if (line !== undefined) expect(match?.line).toBe(line);
    if (field) expect(match?.field).toMatch(field);
    // Nothing from outside the repository reaches a message.
    expect(listing).not.toContain('secret-line');
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
