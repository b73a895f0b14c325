/**
 * One broken fixture per kind of mistake: the check must fail and say, in Chinese, which file,
 * which line and field, and what to do.
 */
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/fixture-archive.ts';

describe('the fixture archive', () => {
  it('passes the check as it is', () => {
    const { problems, entries } = checkFixture();
    expect(problems).toEqual([]);
    expect(
      entries
        .filter((e) => e.collection === 'worthies')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['li-mou', 'wang-mou', 'zhao-mou']);
  });
});

interface Expected {
  file: string;
  line?: number;
  field?: RegExp;
  message: RegExp;
}

const cases: Record<string, Expected> = {
  'missing-name': {
    file: 'content/worthies/wang-mou.mdx',
    line: 2,
    field: /姓名|名称/,
    message: /缺少「name」（姓名）/,
  },
  'unparseable-date': {
    file: 'content/worthies/wang-mou.mdx',
    line: 6,
    field: /生年/,
    message: /无法识别日期「1905年春」.*可以写成/,
  },
  'inconsistent-date': {
    file: 'content/worthies/wang-mou.mdx',
    line: 6,
    field: /生年/,
    message: /1743.*1744.*不一致/,
  },
  'era-out-of-range': {
    file: 'content/worthies/wang-mou.mdx',
    line: 6,
    field: /生年/,
    message: /雍正只有十三年/,
  },
  'unknown-reference': {
    file: 'content/worthies/wang-mou.mdx',
    line: 9,
    field: /相关地点/,
    message: /找不到地名条目「bu-cun-zai」/,
  },
  'duplicate-slug': {
    file: 'content/worthies/wang-mou.mdx',
    message: /文件名「wang-mou」与 .*extra\/wang-mou\.mdx 重复|文件名「wang-mou」与 .*wang-mou\.mdx 重复/,
  },
  'alias-claimed-twice': {
    file: 'content/worthies/li-mou.mdx',
    line: 4,
    field: /别名/,
    message: /别名「某甲」也属于 .*wang-mou\.mdx/,
  },
  'image-without-credit': {
    file: 'content/worthies/li-mou.mdx',
    field: /画像.*图片来源/,
    message: /图片缺少「credit」/,
  },
  'draft-referenced': { file: 'content/heritage/mou-xi.mdx', line: 4, message: /还没有发布/ },
  'slug-mismatch': {
    file: 'content/worthies/wang-mo.mdx',
    line: 2,
    message: /文件名「wang-mo」与名称「王某」的拼音不符：应为 wang-mou/,
  },
  'relation-twice': {
    file: 'content/worthies/wang-mou.mdx',
    field: /人物关系/,
    message: /与「li-mou」的关系已在 content\/worthies\/li-mou\.mdx 写过/,
  },
  'unknown-field': {
    file: 'content/worthies/wang-mou.mdx',
    line: 6,
    message: /不认识的字段「bron」：是不是想写「born」/,
  },
  'unsafe-mdx': { file: 'content/worthies/wang-mou.mdx', line: 13, message: /不能使用 import 或 export/ },
  'unknown-wiki-link': {
    file: 'content/worthies/wang-mou.mdx',
    line: 13,
    message: /\[\[项王\]\] 找不到对应的条目/,
  },
  'citation-not-listed': {
    file: 'content/worthies/wang-mou.mdx',
    line: 13,
    message: /\[@F2\].*sources.*没有它/,
  },
  'unknown-district': {
    file: 'content/places/jia-zhen.yaml',
    line: 3,
    message: /区县「chengbei」不在站点配置里/,
  },
  'oversized-image': {
    file: 'content/worthies/li-mou.mdx',
    line: 7,
    field: /画像.*图片文件/,
    message: /6200×40 像素，超过上限（长边 6000 像素/,
  },
  'unreferenced-image': {
    file: 'content/places/forgotten.png',
    line: 1,
    message: /没有被任何条目使用，不会发布/,
  },
  'remote-image': { file: 'content/worthies/li-mou.mdx', line: 7, message: /不能用网址或绝对路径/ },
  'undeclared-figure': {
    file: 'content/heritage/mou-xi.mdx',
    line: 10,
    message: /<Figure src="\.\/mou-xi\/stage\.png"> 用的图片没有在元数据里登记/,
  },
  'gallery-without-gallery': {
    file: 'content/worthies/wang-mou.mdx',
    line: 39,
    message: /用了 <Gallery \/>，但本条的 gallery 里没有图片/,
  },
  'unknown-entry-link': {
    file: 'content/heritage/mou-xi.mdx',
    line: 8,
    message: /\[\[不存在的人\]\] 找不到对应的条目/,
  },
  'link-to-draft': {
    file: 'content/worthies/wang-mou.mdx',
    line: 13,
    message: /\[\[赵某\]\] 指向的条目 zhao-mou 还没有发布/,
  },
  'yaml-syntax': { file: 'content/places/jia-zhen.yaml', message: /YAML 写法有误/ },
};

describe('a broken entry fails the check with file, line, field and a fix in Chinese', () => {
  for (const [name, expected] of Object.entries(cases)) {
    it(name, () => {
      const { problems } = checkFixture(name);
      const match = problems.find((p) => expected.message.test(p.message));
      expect(
        match,
        `no problem matching ${expected.message} among:\n${problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`,
      ).toBeDefined();
      expect(match?.file).toBe(expected.file);
      if (expected.line !== undefined) expect(match?.line).toBe(expected.line);
      if (expected.field) expect(match?.field).toMatch(expected.field);
    });
  }
});

describe('drafts', () => {
  it('may be referenced in a preview build that includes them', () => {
    expect(checkFixture('draft-referenced', { includeDrafts: true }).problems).toEqual([]);
  });
});
