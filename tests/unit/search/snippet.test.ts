import { describe, expect, it } from 'vitest';
import { bestSnippet, sentencesOf, type SnippetPart } from '../../../src/lib/search/snippet.ts';

const ZWS = '\u200b';
/** Pagefind's stored text: words joined by zero-width spaces, blocks by ". ". */
const stored = (text: string) => Array.from(text).join(ZWS);
const shown = (parts: SnippetPart[] | undefined) =>
  parts?.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('sentencesOf', () => {
  it.each([
    ['生平. 项羽名籍。叔父为项梁！', ['生平', '项羽名籍。', '叔父为项梁！']],
    ['注释. 列入名录。 之一', ['注释', '列入名录。', '之一']],
    ['作于1716. 年', ['作于1716. 年']],
    ['提要 《史记》记项羽。', ['提要', '《史记》记项羽。']],
    ['Pagefind 的 Excerpt。', ['Pagefind 的 Excerpt。']],
  ])('splits %s into sentences and blocks', (content, expected) => {
    expect(sentencesOf(stored(content))).toEqual(expected);
  });
});

describe('bestSnippet', () => {
  it.each([
    [
      'the sentence with most of the query words',
      '项羽起兵。项羽在巨鹿破秦军。',
      ['项羽', '巨鹿'],
      '[项羽]在[巨鹿]破秦军。',
    ],
    [
      'overlapping character pairs marked as one run',
      '中运河开于清代。',
      ['中运', '运河'],
      '[中运河]开于清代。',
    ],
    ['prose over a label with as many words', '项羽. 项羽名籍，字羽。', ['项羽'], '[项羽]名籍，字羽。'],
    ['Latin words case-insensitively', 'Pagefind 的 Excerpt。', ['excerpt'], 'Pagefind 的 [Excerpt]。'],
  ])('picks %s', (_, content, terms, expected) => {
    expect(shown(bestSnippet(stored(content), terms))).toBe(expected);
  });

  it('cuts a long sentence around its first match, with ellipses', () => {
    const long = `${'甲'.repeat(60)}骆马湖${'乙'.repeat(60)}。`;
    const snippet = shown(bestSnippet(long, ['骆马'], { maxLength: 30 })) ?? '';
    expect(snippet).toMatch(/^…甲+\[骆马\]湖乙+…$/);
    expect(Array.from(snippet.replace(/[[\]…]/g, ''))).toHaveLength(30);
  });

  it('does not repeat a sentence of the summary shown above it', () => {
    const content = stored('项羽是楚军统帅。生平. 项羽名籍，字羽。');
    expect(shown(bestSnippet(content, ['项羽'], { shown: '项羽是楚军统帅。' }))).toBe('[项羽]名籍，字羽。');
  });

  it.each([
    ['no sentence holds a term', '项羽起兵。', ['xiangyu']],
    ['there are no terms', '项羽起兵。', []],
  ])('gives nothing when %s', (_, content, terms) => {
    expect(bestSnippet(content, terms)).toBeUndefined();
  });
});
