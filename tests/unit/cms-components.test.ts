/** The editor's MDX buttons write what they read back, in the form the MDX gate accepts. */
import { describe, expect, it } from 'vitest';
import { editorComponents } from '../../src/lib/cms/components.ts';

const component = (id: string) => {
  const found = editorComponents.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('editor components', () => {
  it.each([
    ['aside', '<Aside type="异说">\n一说生于前233年[@S01]。\n</Aside>'],
    ['aside', '<Aside type="说明">\n两人同名，并非一人。\n</Aside>'],
    ['figure', '<Figure src="./shu-ying.jpg" caption="书影" />'],
    ['figure', '<Figure src="./gu-ju.jpg" />'],
    ['wiki-link', '[[项羽]]'],
  ])('%s reads and writes %s unchanged', (id, block) => {
    const { pattern, fromBlock, toBlock } = component(id);
    const match = pattern.exec(block);
    expect(match).not.toBeNull();
    expect(toBlock(fromBlock(match as RegExpMatchArray) as never)).toBe(block);
  });

  it('keeps a quotation mark typed in a caption from ending the attribute', () => {
    expect(component('figure').toBlock({ src: './a.jpg', caption: '题"字"' })).toBe(
      '<Figure src="./a.jpg" caption="题＂字＂" />',
    );
  });
});
