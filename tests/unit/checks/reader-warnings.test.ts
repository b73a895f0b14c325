import { describe, expect, it } from 'vitest';
import {
  formatWarnings,
  readerWarnings,
  uncitedNumberSentences,
} from '../../../src/lib/checks/reader-warnings.ts';
import type { CheckedEntry } from '../../../src/lib/checks/check-types.ts';
import { itReturnsForCases } from '../../helpers/table-tests.ts';

describe('uncitedNumberSentences', () => {
  itReturnsForCases('%s', uncitedNumberSentences, [
    ['a year with a citation in the sentence', '清康熙十九年（1680），城被淹没[@S34]。', []],
    ['a year with a footnote elsewhere in the paragraph', '城建于1680年。\n后来被淹没[^2]。', []],
    ['a year in an uncited paragraph', '城建于1680年。', [{ line: 1, sentence: '城建于1680年。' }]],
    ['only the sentence with the number', '城很大。人口3万。', [{ line: 1, sentence: '人口3万。' }]],
    ['a paragraph on a later line', '甲[@S1]。\n\n乙在1762年。', [{ line: 3, sentence: '乙在1762年。' }]],
    ['digits inside a citation only', '见前文[@S117]。', []],
    ['digits inside a footnote mark of another paragraph', '见前文[^12]。\n\n又见后文。', []],
    ['a heading with a year', '## 1855年以后', []],
    ['a footnote definition', '[^3]: 《乾隆下江南》，2019年 [@S151]。', []],
    ['a code block', '```\n1680\n```', []],
    ['ordered-list numbering without figures', '1. 宋人迁宿说\n2. 县城迁徙说', []],
    [
      'a list item with an uncited year',
      '- 一说宣政元年（578）',
      [{ line: 1, sentence: '一说宣政元年（578）' }],
    ],
    ['a list item cited on its own line', '- 一说宣政元年（578）[^2]', []],
    ['a component tag line', '<Aside type="传说" title="1号">\n传说而已。\n</Aside>', []],
    ['a wiki link with digits', '见[[G25国道]]。', []],
  ]);
});

function entry(partial: Partial<CheckedEntry> & Pick<CheckedEntry, 'collection' | 'id'>): CheckedEntry {
  return {
    file: `content/${partial.collection}/${partial.id}`,
    data: {},
    body: '',
    bodyLine: 10,
    published: true,
    lineOf: () => 3,
    components: [],
    ...partial,
  };
}

const ref = (id: string) => ({ id: { $ref: 'bibliography', id } });
const bibliography = [
  entry({ collection: 'bibliography', id: 'W1', data: { category: '网络资料' } }),
  entry({ collection: 'bibliography', id: 'W2', data: { category: '网络资料' } }),
  entry({ collection: 'bibliography', id: 'G1', data: { category: '地方志' } }),
];

describe('readerWarnings', () => {
  it.each([
    ['sources all web-only', [ref('W1'), ref('W2')], ['来源（sources）']],
    ['one gazetteer among web pages', [ref('W1'), ref('G1')], []],
    ['a work written in place with a category', [{ title: '某志', category: '地方志' }, ref('W1')], []],
    ['a work written in place without a category', [{ title: '某页' }, ref('W1')], []],
  ])('%s', (_case, sources, fields) => {
    const warnings = readerWarnings([
      ...bibliography,
      entry({ collection: 'worthies', id: 'a', data: { sources } }),
    ]);
    expect(warnings.map((w) => w.field)).toEqual(fields);
  });

  it('warns of a bibliography entry without a category, at its line', () => {
    const warnings = readerWarnings([entry({ collection: 'bibliography', id: 'X1', data: {} })]);
    expect(warnings).toMatchObject([{ line: 3, field: 'X1 → 资料类别（category）' }]);
  });

  it('checks a YAML entry’s description, from the line after its key', () => {
    const data = { sources: [ref('G1')], description: '甲[@G1]。\n\n乙在1762年。' };
    const warnings = readerWarnings([...bibliography, entry({ collection: 'places', id: 'p', data })]);
    expect(warnings).toMatchObject([{ line: 6, field: '正文（description）' }]);
  });

  it('places an uncited figure at its line in the file', () => {
    const body = '甲[@G1]。\n\n乙在1762年。';
    const warnings = readerWarnings([
      ...bibliography,
      entry({ collection: 'studies', id: 's', data: { sources: [ref('G1')] }, body }),
    ]);
    expect(warnings).toMatchObject([{ file: 'content/studies/s', line: 12, field: '正文' }]);
  });
});

describe('formatWarnings', () => {
  it('prints nothing when there is nothing to say', () => {
    expect(formatWarnings([])).toBe('');
  });

  it('lists each warning under its file with line and field, and says the build is not affected', () => {
    const report = formatWarnings([
      { file: 'content/studies/a.mdx', line: 12, field: '正文', message: '这句话有年份或数字……' },
    ]);
    expect(report).toContain('content/studies/a.mdx\n  第 12 行 正文：这句话有年份或数字……');
    expect(report).toContain('提醒（不影响构建）：1 个文件共 1 处');
  });
});
