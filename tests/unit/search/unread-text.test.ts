import { describe } from 'vitest';
import { mainText } from '../../../src/lib/search/prepare-page.ts';
import { itReturnsForCases } from '../../helpers/table-tests.ts';

const page = (body: string) => `<html><head></head><body><main>${body}</main></body></html>`;
const text = (body: string) => mainText(page(body)).replace(/\s+/g, ' ').trim();

describe('what readers do not read is not indexed', () => {
  itReturnsForCases('leaves out %s', text, [
    ['a source mark', '<p>项羽起兵<sup class="cite"><a href="#source-1">[1]</a></sup>。</p>', '项羽起兵 。'],
    [
      'a footnote mark',
      '<p>遗产<sup><a href="#fn-1" id="fnref-1" data-footnote-ref="true">1</a></sup>；</p>',
      '遗产 ；',
    ],
    ['a footnote return arrow', '<li>名录。<a href="#fnref-1" data-footnote-backref="">↩</a></li>', '名录。'],
    [
      'a heading for screen readers only',
      '<h2 class="sr-only" id="f">项羽的基本信息</h2><p>名籍</p>',
      '名籍',
    ],
    [
      'a control left out of print',
      '<p class="back no-print"><a href="/worthies/">返回乡贤索引</a></p><p>正文</p>',
      '正文',
    ],
  ]);

  itReturnsForCases('keeps the rest: %s', text, [
    ['a class that only starts like one', '<p class="citation">引文</p>', '引文'],
    [
      'an element already ignored',
      '<section class="cite" data-pagefind-ignore><p>引用</p></section><p>正文</p>',
      '正文',
    ],
  ]);
});
