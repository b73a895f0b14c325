import { describe, expect, it } from 'vitest';
import { cardTree } from '../../../src/lib/share-images/card.ts';
import type { ShareModel } from '../../../src/lib/share-images/model.ts';
import { textOf, type Child } from '../../../src/lib/share-images/nodes.ts';
import { posterTree } from '../../../src/lib/share-images/poster.ts';
import { frameLayers } from '../../../src/lib/share-images/frame.ts';
import {
  characters,
  clampText,
  displayUrl,
  fitFontSize,
  widthInEms,
} from '../../../src/lib/share-images/text.ts';
import { fitsVertically, verticalChars } from '../../../src/lib/share-images/vertical.ts';

const model: ShareModel = {
  kicker: '乡贤 · 本籍',
  title: '项羽',
  subtitle: '名籍 · 字羽 · 前232—前202',
  summary: '秦末起兵反秦的楚军统帅，巨鹿之战破秦军主力后自立为西楚霸王，楚汉相争中兵败垓下。',
  seal: '乡贤',
  siteName: '乡贤文史库·宿迁',
  url: 'https://xiangxian.example.org/worthies/xiang-yu/',
};

/** The `src` of every image in a tree. */
function images(node: Child): string[] {
  if (typeof node === 'string') return [];
  if (node.type === 'img') return [node.props.src];
  const { children } = node.props;
  return (Array.isArray(children) ? children : children === undefined ? [] : [children]).flatMap(images);
}

describe('fitting text', () => {
  it('counts Han characters as one em and Latin as about half', () => {
    expect(widthInEms('项羽')).toBe(2);
    expect(widthInEms('1905')).toBeCloseTo(2.24);
    expect(characters('项羽👨‍👩‍👧')).toHaveLength(3);
  });

  it('chooses the largest size at which a title fits the lines it may take', () => {
    expect(fitFontSize('项羽', { width: 800, lines: 1, max: 200, min: 60 })).toBe(200);
    expect(fitFontSize('从借黄行运到避黄行运', { width: 800, lines: 1, max: 200, min: 60 })).toBe(80);
    expect(fitFontSize('从借黄行运到避黄行运', { width: 800, lines: 2, max: 200, min: 60 })).toBe(160);
    expect(fitFontSize('一'.repeat(100), { width: 800, lines: 1, max: 200, min: 60 })).toBe(60);
  });

  it('cuts a summary at a sentence end when one is near, else with an ellipsis', () => {
    expect(clampText('短句。', 10)).toBe('短句。');
    expect(clampText('第一句话说完了。第二句话还很长很长很长很长', 12)).toBe('第一句话说完了。');
    expect(clampText('一句很长很长很长很长很长很长的话没有句号', 10)).toBe('一句很长很长很长……');
  });

  it('writes URLs as people read them', () => {
    expect(displayUrl('https://xiangxian.example.org/worthies/xiang-yu/')).toBe(
      'xiangxian.example.org/worthies/xiang-yu',
    );
  });
});

describe('vertical titles', () => {
  it('turn digits into Chinese numerals and dashes and brackets into their vertical forms', () => {
    expect(verticalChars('前232—前202').join('')).toBe('前二三二︱前二〇二');
    expect(verticalChars('《史记》（卷七）').join('')).toBe('︽史记︾︵卷七︶');
  });

  it('are used only for short titles in Han characters', () => {
    expect(fitsVertically('运河与乡贤', 7)).toBe(true);
    expect(fitsVertically('从借黄行运到避黄行运', 7)).toBe(false);
    expect(fitsVertically('Grand Canal', 7)).toBe(false);
  });
});

describe('poster and card trees', () => {
  it('put the title, summary, site name and a QR code on the poster', () => {
    const tree = posterTree(model);
    const words = textOf(tree);
    for (const part of [
      '项',
      '羽',
      '秦末起兵反秦',
      '乡贤文史库·宿迁',
      '扫码阅读全文',
      'xiangxian.example.org/worthies/xiang-yu',
    ]) {
      expect(words).toContain(part);
    }
    expect(images(tree).filter((src) => src.startsWith('data:image/svg+xml;base64,'))).toHaveLength(1);
    expect(tree.props.style).toMatchObject({ width: 1080, height: 1920 });
  });

  it('set a long title across and list a gift’s contents on its poster', () => {
    const words = textOf(
      posterTree({ ...model, title: '从借黄行运到避黄行运的宿迁运河', contents: ['中运河', '靳辅', '项羽'] }),
    );
    expect(words).toContain('从借黄行运到避黄行运的宿迁运河');
    expect(words).toContain('收录三篇：中运河 · 靳辅 · 项羽');
  });

  it('put the title, summary and address on the card, and a picture when there is one', () => {
    const tree = cardTree(model);
    expect(textOf(tree)).toContain('项羽');
    expect(textOf(tree)).toContain('xiangxian.example.org/worthies/xiang-yu');
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
    const withPicture = cardTree({
      ...model,
      image: { src: 'data:image/jpeg;base64,AAAA', width: 3, height: 4 },
    });
    expect(images(withPicture)).toContain('data:image/jpeg;base64,AAAA');
  });
});

describe('frameLayers', () => {
  const other: ShareModel = {
    ...model,
    title: '王某',
    summary: '另一个人。',
    url: 'https://xiangxian.example.org/worthies/wang-mou/',
  };
  it.each([
    ['card', cardTree],
    ['poster', posterTree],
  ] as const)(
    '%s: the paper is the same for every entry and holds no text; the rest holds all of it',
    (_kind, tree) => {
      const first = frameLayers(tree(model));
      const second = frameLayers(tree(other));
      expect(JSON.stringify(first.paper)).toBe(JSON.stringify(second.paper));
      expect(textOf(first.paper)).toBe('');
      expect(textOf(first.content)).toBe(textOf(tree(model)));
      expect(first.paper.props.style['backgroundImage']).toMatch(/gradient/);
      expect(first.content.props.style['backgroundImage']).toBeUndefined();
    },
  );
});
