/** The editorial search vocabulary: the synonyms file, entries' keywords, and how both reach the index. */
import { describe, expect, it } from 'vitest';
import { keywordsSchema } from '../../../src/schemas/common.ts';
import {
  parseSearchSynonyms,
  searchTerms,
  SYNONYMS_MAX,
  termProblem,
} from '../../../src/lib/search/vocabulary.ts';
import { pageKeywords, withSearchTerms } from '../../../src/lib/search/prepare-page.ts';

describe('parseSearchSynonyms', () => {
  it('reads everyday words and their formal terms, a single term or a list', () => {
    const text =
      '# 注释\n- everyday: 老城\n  formal: [古城, 故城]\n- everyday: 手艺\n  formal: 技艺\n  note: 说明\n';
    expect(parseSearchSynonyms(text)).toEqual({
      synonyms: [
        { everyday: '老城', formal: ['古城', '故城'], line: 3 },
        { everyday: '手艺', formal: ['技艺'], line: 5 },
      ],
      problems: [],
    });
  });

  it.each([
    ['not YAML', '- everyday: [老城\n', 2, undefined, /YAML|缩进|冒号|括号/],
    ['a map, not a list', 'everyday: 老城\nformal: 古城\n', 1, undefined, /应是一个列表/],
    ['a row that is text', '- 老城\n', 1, undefined, /两行/],
    [
      'an unknown field',
      '- everyday: 老城\n  formal: 古城\n  formel: 故城\n',
      3,
      undefined,
      /不认识的字段 formel/,
    ],
    ['no everyday word', '- formal: 古城\n', 1, 'everyday', /缺少/],
    ['an empty everyday word', '- everyday: ""\n  formal: 古城\n', 1, 'everyday', /是空的/],
    ['an empty formal list', '- everyday: 老城\n  formal: []\n', 2, 'formal', /缺少或格式不对/],
    ['a number as formal term', '- everyday: 老城\n  formal: [1]\n', 2, 'formal', /缺少或格式不对/],
    ['an empty formal term', '- everyday: 老城\n  formal: ["  "]\n', 2, 'formal', /是空的/],
    ['a tag', '- everyday: "<script>"\n  formal: 古城\n', 1, 'everyday', /尖括号或网页代码/],
    ['a tag as formal term', '- everyday: 老城\n  formal: ["<b>古城</b>"]\n', 2, 'formal', /尖括号/],
    ['punctuation', '- everyday: 老城，古城\n  formal: 古城\n', 1, 'everyday', /标点/],
    [
      'an over-long term',
      `- everyday: ${'老'.repeat(13)}\n  formal: 古城\n`,
      1,
      'everyday',
      /太长（13 个字）/,
    ],
    ['a huge term', `- everyday: 老城\n  formal: [${'古'.repeat(100000)}]\n`, 2, 'formal', /太长/],
    [
      'too many formal terms',
      `- everyday: 老城\n  formal: [${'甲乙丙丁戊己庚辛壬'.split('').join(', ')}]\n`,
      2,
      'formal',
      /最多写 8 个/,
    ],
    [
      'the everyday word as its own formal term',
      '- everyday: 老城\n  formal: [老城]\n',
      2,
      'formal',
      /与 everyday 相同/,
    ],
    ['a formal term twice', '- everyday: 老城\n  formal: [古城, 古城]\n', 2, 'formal', /写了两次/],
    [
      'an everyday word twice',
      '- everyday: 老城\n  formal: 古城\n- everyday: 老城\n  formal: 故城\n',
      3,
      'everyday',
      /第 1 行已经有一项/,
    ],
    ['a custom tag', '- everyday: !!js/function "x"\n  formal: 古城\n', 1, undefined, /./],
    [
      'aliases beyond the limit',
      `- &a everyday: 老城\n  formal: 古城\n${'- *a\n'.repeat(200)}`,
      1,
      undefined,
      /./,
    ],
  ])('explains %s with its line and field', (_name, text, line, field, message) => {
    const { problems } = parseSearchSynonyms(text, { yamlAliases: 10 });
    expect(problems.length).toBeGreaterThan(0);
    const [first] = problems;
    expect(first?.line).toBe(line);
    if (field) expect(first?.field).toContain(field);
    expect(first?.message).toMatch(message);
  });

  it('refuses a list longer than the limit without reading its rows', () => {
    const text = '- everyday: 老城\n  formal: 古城\n'.repeat(SYNONYMS_MAX + 1);
    const { synonyms, problems } = parseSearchSynonyms(text);
    expect(synonyms).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(`最多 ${SYNONYMS_MAX} 项`);
  });

  it('keeps the good rows when another row is wrong', () => {
    const text = '- everyday: 老城\n  formal: 古城\n- everyday: "<i>"\n  formal: 技艺\n';
    const { synonyms, problems } = parseSearchSynonyms(text);
    expect(synonyms.map((s) => s.everyday)).toEqual(['老城']);
    expect(problems).toHaveLength(1);
  });
});

describe('termProblem', () => {
  it.each([
    ['古城', undefined],
    ['项王故里', undefined],
    ['Xiang Yu', undefined],
    ['约翰·拉贝', undefined],
    ['二〇二六', undefined],
    ['', /空/],
    ['a  b', /标点/],
    ['"古城"', /标点/],
    ['古城&', /标点/],
    ['古城\n', /标点/],
    ['一二三四五六七八九十一二三', /太长/],
  ])('%j → %s', (term, problem) => {
    const found = termProblem(term);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe('keywordsSchema', () => {
  it.each([
    [undefined, []],
    [[], []],
    [
      ['老城', ' 霸王 '],
      ['老城', '霸王'],
    ],
    [['Xiang Yu'], ['Xiang Yu']],
  ])('accepts %j as %j', (input, output) => {
    expect(keywordsSchema.parse(input)).toEqual(output);
  });

  it.each([
    ['an empty keyword', ['  '], /不能为空/],
    ['a tag', ['<script>'], /网页代码/],
    ['an over-long keyword', ['老'.repeat(13)], /太长/],
    ['a huge keyword', ['老'.repeat(100000)], /太长/],
    ['too many keywords', Array.from({ length: 21 }, (_, i) => `词${i}`), /最多 20 个/],
    ['a duplicate', ['老城', '老城'], /重复/],
    ['a number', [1], /./],
    ['text instead of a list', '老城', /./],
  ])('refuses %s', (_name, input, message) => {
    const parsed = keywordsSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(message);
  });
});

describe('searchTerms', () => {
  const synonyms = [
    { everyday: '老城', formal: ['古城', '故城'] },
    { everyday: '手艺', formal: ['技艺'] },
  ];

  it.each([
    ['宿迁古城的城墙', [], ['老城']],
    ['下相故城遗址', [], ['老城']],
    ['传统技艺', [], ['手艺']],
    ['古城的老城区', [], []],
    ['黄河故道', [], []],
    ['黄河故道', ['老黄河'], ['老黄河']],
    ['古城', ['老城', '霸王'], ['老城', '霸王']],
    ['古城', ['<b>'], ['老城']],
  ])('%s with keywords %j → %j', (text, keywords, terms) => {
    expect(searchTerms(text, synonyms, keywords)).toEqual(terms);
  });
});

describe('withSearchTerms', () => {
  const synonyms = [{ everyday: '老城', formal: ['古城'] }];
  const page = (main: string, head = '') =>
    `<html><head>${head}</head><body><main>${main}</main></body></html>`;

  it.each([
    ['adds the everyday word to <main>', page('<p>宿迁古城</p>'), '<p data-search-terms>老城</p></main>'],
    [
      'adds the keywords from the head',
      page('<p>正文</p>', '<meta name="search-keywords" content="霸王、Xiang Yu">'),
      '<p data-search-terms>霸王 Xiang Yu</p></main>',
    ],
    ['leaves a page without terms alone', page('<p>黄河</p>'), '<p>黄河</p></main>'],
    ['does not read terms hidden from the index', page('<nav>古城</nav><p>黄河</p>'), '<p>黄河</p></main>'],
  ])('%s', (_name, html, ending) => {
    expect(withSearchTerms(html, synonyms)).toContain(ending);
  });

  it('drops a keyword that is not a plain term, so nothing reaches the index as markup', () => {
    const html = page('<p>正文</p>', '<meta name="search-keywords" content="&lt;script&gt;、霸王">');
    expect(pageKeywords(html)).toEqual(['&lt;script&gt;', '霸王']);
    expect(withSearchTerms(html, [])).toContain('<p data-search-terms>霸王</p>');
  });
});
