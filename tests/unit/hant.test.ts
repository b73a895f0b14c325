/** The 繁體 conversion, its phrase table and the check on names with one-to-many characters. */
import { describe, expect, it } from 'vitest';
import {
  ambiguousCharacters,
  hantConverter,
  parseHantPhrases,
  traditionalForms,
} from '../../src/lib/hant.ts';
import { checkHantNames } from '../../src/lib/checks/hant-names.ts';
import type { CheckedEntry } from '../../src/lib/checks/check-types.ts';
import { itReturns } from '../helpers/table-tests.ts';

describe('hantConverter', () => {
  const convert = hantConverter([
    { simplified: '项王故里', traditional: '項王故里' },
    { simplified: '朱瑞', traditional: '朱瑞' },
  ]);
  itReturns('%s → %s', convert, [
    ['宿迁', '宿遷'],
    ['乡贤文史库', '鄉賢文史庫'],
    ['项王故里', '項王故里'],
    ['朱瑞与项羽', '朱瑞與項羽'],
    ['<a href="/gifts/x/">礼册</a>', '<a href="/gifts/x/">禮冊</a>'],
  ]);
});

describe('traditionalForms', () => {
  it.each([
    ['干', ['乾', '幹', '干']],
    ['于', ['於', '于']],
    ['发', ['發', '髮']],
    ['后', ['後', '后']],
  ])('%s may stand for %j', (character, forms) => {
    expect(traditionalForms(character)).toEqual(expect.arrayContaining(forms));
  });
  it.each(['迁', '项', '宿', '羽'])('%s has at most one form', (character) => {
    expect(traditionalForms(character).length).toBeLessThanOrEqual(1);
  });
});

describe('ambiguousCharacters', () => {
  it.each([
    { name: '于成龙', phrases: [], found: ['于'] },
    { name: '于成龙', phrases: [{ simplified: '于成龙', traditional: '于成龍' }], found: [] },
    { name: '项王故里', phrases: [], found: ['里'] },
    { name: '张相文', phrases: [], found: [] },
    { name: '乾隆行宫', phrases: [], found: [] },
  ])('$name with $phrases.length phrase(s) → $found', ({ name, phrases, found }) => {
    expect(ambiguousCharacters(name, phrases).map((f) => f.character)).toEqual(found);
  });
});

describe('parseHantPhrases', () => {
  it.each([
    { text: '- simplified: 朱瑞\n  traditional: 朱瑞\n', phrases: 1, message: undefined },
    { text: '- simplified: 朱瑞\n', phrases: 0, message: '每一项都要写「simplified」' },
    { text: '- simplified: 朱瑞\n  traditional: 朱\n', phrases: 0, message: '字数不同' },
    { text: 'simplified: 朱瑞\n', phrases: 0, message: '应是一个列表' },
    { text: '- simplified: [朱瑞\n', phrases: 0, message: '不是有效的 YAML' },
  ])('$text', ({ text, phrases, message }) => {
    const parsed = parseHantPhrases(text);
    expect(parsed.phrases).toHaveLength(phrases);
    if (message) expect(parsed.problems[0]?.message).toContain(message);
    else expect(parsed.problems).toEqual([]);
  });
});

function entry(collection: string, id: string, data: Record<string, unknown>): CheckedEntry {
  return {
    collection,
    id,
    file: `content/${collection}/${id}.mdx`,
    data,
    published: true,
    lineOf: () => 7,
  } as unknown as CheckedEntry;
}

describe('checkHantNames', () => {
  const entries = [
    entry('worthies', 'yu-cheng-long', { name: '于成龙' }),
    entry('worthies', 'zhang-xiang-wen', { name: '张相文' }),
    entry('gifts', 'li-ce', {
      title: '某地礼册',
      entries: [
        { worthy: { $ref: 'worthies', id: 'yu-cheng-long' } },
        { worthy: { $ref: 'worthies', id: 'zhang-xiang-wen' } },
      ],
    }),
  ];
  it.each([
    { table: undefined, count: 1 },
    { table: '- simplified: 于成龙\n  traditional: 于成龍\n', count: 0 },
    { table: '- simplified: 成龙\n  traditional: 成龍\n', count: 1 },
  ])('with table $table reports $count problem(s)', ({ table, count }) => {
    const problems = checkHantNames(
      entries,
      table ? { file: 'content/hant-phrases.yaml', text: table } : undefined,
    );
    expect(problems).toHaveLength(count);
  });
  it('says in Chinese which character, its forms, and what to add', () => {
    const [problem] = checkHantNames(entries, undefined);
    expect(problem).toMatchObject({ file: 'content/gifts/li-ce.mdx', line: 7 });
    expect(problem?.message).toMatch(/「于成龙」中的「于」.*於、于.*hant-phrases\.yaml.*simplified: 于成龙/);
  });
});
