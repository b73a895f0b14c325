/** The archive check of the synonyms file: every formal term must occur in some entry. */
import { describe, expect, it } from 'vitest';
import { checkSearchVocabulary } from '../../../src/lib/checks/search-vocabulary.ts';
import type { CheckedEntry } from '../../../src/lib/checks/check-types.ts';

const entry = (
  collection: CheckedEntry['collection'],
  data: Record<string, unknown>,
  body = '',
): CheckedEntry => ({
  collection,
  id: 'x',
  file: `content/${collection}/x.mdx`,
  data,
  body,
  bodyLine: 1,
  published: true,
  lineOf: () => 1,
  components: [],
});

const ENTRIES = [
  entry('places', { name: '下相', summary: '秦下相县故城。' }),
  entry('heritage', { name: '淮海戏', aliases: ['拉魂腔'] }, '传统技艺与唱腔。'),
  entry('bibliography', { title: '宿迁古城志' }),
];
const file = (text: string) => ({ file: 'content/search-synonyms.yaml', text });

describe('checkSearchVocabulary', () => {
  it('has nothing to say without a file', () => {
    expect(checkSearchVocabulary(ENTRIES, undefined)).toEqual([]);
  });

  it.each([
    ['a term in a summary', '- everyday: 老城\n  formal: [故城]\n'],
    ['a term in a body', '- everyday: 手艺\n  formal: 技艺\n'],
    ['a term in a list field', '- everyday: 拉魂\n  formal: 拉魂腔\n'],
  ])('accepts %s', (_name, text) => {
    expect(checkSearchVocabulary(ENTRIES, file(text))).toEqual([]);
  });

  it.each([
    ['a term found nowhere', '- everyday: 老城\n  formal: [故城, 长城]\n', 2, '长城'],
    ['a term only in the bibliography', '- everyday: 老城\n  formal: 古城\n', 2, '古城'],
    ['the second row', '- everyday: 手艺\n  formal: 技艺\n- everyday: 土话\n  formal: 方言\n', 4, '方言'],
  ])('reports %s with file, line, field and fix', (_name, text, line, term) => {
    const problems = checkSearchVocabulary(ENTRIES, file(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/search-synonyms.yaml',
      line,
      field: '「formal」（文中的正式用语）',
    });
    expect(problems[0]?.message).toContain(`「${term}」在资料库的条目里一处也没有出现`);
  });

  it('passes on the problems of reading the file, located in it', () => {
    const problems = checkSearchVocabulary(ENTRIES, file('- everyday: "<b>"\n  formal: 故城\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/search-synonyms.yaml', line: 1 });
    expect(problems[0]?.message).toContain('尖括号');
  });
});
