/**
 * One broken fixture per kind of mistake: the check must fail and say, in Chinese, which file,
 * which line and field, and what to do.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/checks/check-types.ts';
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

/** The check's problems for each broken fixture, found once for all the tests that read them. */
const problemsOf = (() => {
  const found = new Map<string, Problem[]>();
  return (name: string): Problem[] => {
    if (!found.has(name)) found.set(name, checkFixture(name).problems);
    return found.get(name) ?? [];
  };
})();

const matching = (name: string, expected: Expected): Problem | undefined =>
  problemsOf(name).find((p) => expected.message.test(p.message));

describe('a broken entry fails the check with file, line, field and a fix in Chinese', () => {
  it.each(Object.entries(cases))('%s', (name, expected) => {
    const match = matching(name, expected);
    expect(
      match,
      `no problem matching ${expected.message} among:\n${problemsOf(name)
        .map((p) => `${p.file}:${p.line} ${p.message}`)
        .join('\n')}`,
    ).toBeDefined();
    expect(match?.file).toBe(expected.file);
    if (expected.line !== undefined) expect(match?.line).toBe(expected.line);
    if (expected.field) expect(match?.field).toMatch(expected.field);
  });

  it('says it word for word as a historian reads it (a change of wording shows here)', () => {
    const report = Object.entries(cases).map(([name, expected]) => {
      const match = matching(name, expected);
      return `${name}: ${match?.file}:${match?.line ?? '-'} ${match?.field ?? '-'} ${match?.message}`;
    });
    expect(report.join('\n')).toMatchInlineSnapshot(`
      "missing-name: content/worthies/wang-mou.mdx:2 「名称」（name） 缺少「name」（姓名）：请写人物通行的姓名，如「项羽」。
      unparseable-date: content/worthies/wang-mou.mdx:6 「生年」（born） 无法识别日期「1905年春」。可以写成：1905、1905-03-02、前232、约1469、1469?、乾隆八年、乾隆八年（1743）、康熙年间、明末。
      inconsistent-date: content/worthies/wang-mou.mdx:6 「生年」（born） 「乾隆八年」是1743年，括号里写的是1744年，两者不一致。请核对来源，只保留正确的写法。
      era-out-of-range: content/worthies/wang-mou.mdx:6 「生年」（born） 雍正只有十三年（1723—1735），没有「雍正十五年」。请核对来源。
      unknown-reference: content/worthies/wang-mou.mdx:9 「相关地点」 → 第1项（places[0]） 找不到地名条目「bu-cun-zai」（content/places/bu-cun-zai.*）。请检查文件名拼写，或先建立那个条目。
      duplicate-slug: content/worthies/wang-mou.mdx:1 - 文件名「wang-mou」与 content/worthies/extra/wang-mou.mdx 重复：同类条目的文件名（网址）必须唯一。若是同名的不同人物或地点，请加限定词，如 wang-mou-qing 或 wang-mou-1905。
      alias-claimed-twice: content/worthies/li-mou.mdx:4 「别名」 → 第1项 → 「名称」（aliases[0].name） 别名「某甲」也属于 content/worthies/wang-mou.mdx：一个别名只能指向一个人，否则搜索和 [[某甲]] 链接无法分辨。请核对来源；若确属二人共用，请删去此别名并在正文中说明。
      image-without-credit: content/worthies/li-mou.mdx:6 「画像」 → 「图片来源」（portrait.credit） 图片缺少「credit」（作者或来源）：请写明图片由谁拍摄、绘制或收藏。
      draft-referenced: content/heritage/mou-xi.mdx:4 「相关人物」 → 第1项（worthies[0]） 引用的条目 content/worthies/zhao-mou.mdx 还没有发布（草稿或待审），公开网站上会成为死链接：请先发布那一条，或暂时删去这个引用。
      slug-mismatch: content/worthies/wang-mo.mdx:2 「名称」（name） 文件名「wang-mo」与名称「王某」的拼音不符：应为 wang-mou，同名条目可加限定词，如 wang-mou-qing、wang-mou-1905。请改文件名，或核对名称。
      relation-twice: content/worthies/wang-mou.mdx:25 「人物关系」 → 第1项（relations[0]） 与「li-mou」的关系已在 content/worthies/li-mou.mdx 写过：关系只写在一方，另一方页面会自动显示反向关系（如一方写「叔父」，另一方自动显示「侄」）。请删去其中一条。
      unknown-field: content/worthies/wang-mou.mdx:6 「bron」（bron） 不认识的字段「bron」：是不是想写「born」（生年）？
      unsafe-mdx: content/worthies/wang-mou.mdx:13 - 不能使用 import 或 export（「import fs from 'node:fs';」）：条目正文不能引入代码。需要的组件（Aside、Quote、Figure、Gallery、EntryLink）无须导入，直接写即可。
      unknown-wiki-link: content/worthies/wang-mou.mdx:13 - [[项王]] 找不到对应的条目（按名称、别名、历史地名和文件名查找）。相近的有：王某（清，1743，文件 wang-mou）。
      citation-not-listed: content/worthies/wang-mou.mdx:13 - 正文引用了 [@F2]，但本条的来源（sources）里没有它：请把 F2 加进 sources。
      unknown-district: content/places/jia-zhen.yaml:3 「所在区县」 → 第1项（districts[0]） 区县「chengbei」不在站点配置里：可用的是 sucheng、suyu、shuyang、siyang、sihong。
      oversized-image: content/worthies/li-mou.mdx:7 「画像」 → 「图片文件」（portrait.src） 图片「./li-mou/portrait.png」是 6200×40 像素，超过上限（长边 6000 像素、共 25 百万像素）：请缩小到长边 3000 像素左右再放入。
      unreferenced-image: content/places/forgotten.png:1 - 这张图片没有被任何条目使用，不会发布：请在条目的 portrait、gallery 或 cover 里引用它（并写明 credit 和 license），或者删除它。
      remote-image: content/worthies/li-mou.mdx:7 「画像」 → 「图片文件」（portrait.src） 图片路径「https://example.org/li-mou.jpg」应是相对于本文件的路径，如 ./li-mou/portrait.jpg；不能用网址或绝对路径（网上的图片请下载后连同许可一起放进来）。
      undeclared-figure: content/heritage/mou-xi.mdx:10 - <Figure src="./mou-xi/stage.png"> 用的图片没有在元数据里登记：请把它加进 gallery（也可以是 portrait 或 cover；写明 alt、credit、license），正文再用 <Figure src="./mou-xi/stage.png" /> 引用。
      gallery-without-gallery: content/worthies/wang-mou.mdx:39 - 用了 <Gallery />，但本条的 gallery 里没有图片（portrait、cover 不在其中显示）：请在 gallery 里列出图片（含 credit 和 license），或删去 <Gallery />。
      unknown-entry-link: content/heritage/mou-xi.mdx:8 - [[不存在的人]] 找不到对应的条目（按名称、别名、历史地名和文件名查找）。请检查用字，或先建立这个条目；若只是提到而无需链接，去掉双方括号即可。
      link-to-draft: content/worthies/wang-mou.mdx:13 - [[赵某]] 指向的条目 zhao-mou 还没有发布（草稿或待审），公开网站上会成为死链接：请先发布那一条，或暂时去掉双方括号。
      yaml-syntax: content/places/jia-zhen.yaml:3 - 元数据的 YAML 写法有误：冒号位置不对：每行应是「字段: 值」，值里如有冒号请用引号括起来。（Nested mappings are not allowed in compact mappings）"
    `);
  });
});

describe('drafts', () => {
  it('may be referenced in a preview build that includes them', () => {
    expect(checkFixture('draft-referenced', { includeDrafts: true }).problems).toEqual([]);
  });
});
