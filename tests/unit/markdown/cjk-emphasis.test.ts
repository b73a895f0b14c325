import { markdownToHtml } from 'satteri';
import { describe } from 'vitest';
import { cjkEmphasisPlugin, splitLeftoverEmphasis } from '../../../src/render/markdown/cjk-emphasis.ts';
import { itReturnsForCases } from '../../helpers/table-tests.ts';

const render = (markdown: string) =>
  markdownToHtml(markdown, { mdastPlugins: [cjkEmphasisPlugin] }).html.trim();

describe('emphasis CommonMark leaves as marks in Chinese text', () => {
  itReturnsForCases('%s', render, [
    ['bold ending in punctuation before a letter', '**标题。**正文', '<p><strong>标题。</strong>正文</p>'],
    ['bold starting with a quotation mark', '这是**「宿迁」**的', '<p>这是<strong>「宿迁」</strong>的</p>'],
    ['underscore bold after a letter', '我__「强」__，', '<p>我<strong>「强」</strong>，</p>'],
    ['strikethrough ending in punctuation', '前~~删。~~后', '<p>前<del>删。</del>后</p>'],
    ['bold the parser already took', '**宿迁**，好', '<p><strong>宿迁</strong>，好</p>'],
    ['marks inside inline code', '`**「x」**是`', '<p><code>**「x」**是</code></p>'],
    ['marks inside a fenced block', '```\n**x。**y\n```', '<pre><code>**x。**y\n</code></pre>'],
    ['marks around spaces', '1 ** 2 ** 3', '<p>1 ** 2 ** 3</p>'],
    ['underscores inside an ASCII word', 'snake__case__name', '<p>snake__case__name</p>'],
  ]);
});

describe('splitLeftoverEmphasis', () => {
  itReturnsForCases('%s', splitLeftoverEmphasis, [
    ['no marks', '正文', [{ type: 'text', value: '正文' }]],
    ['one unpaired run', '**正文', [{ type: 'text', value: '**正文' }]],
    [
      'two pairs',
      '**甲。**乙~~丙。~~',
      [
        { type: 'strong', value: '甲。' },
        { type: 'text', value: '乙' },
        { type: 'delete', value: '丙。' },
      ],
    ],
  ]);
});
