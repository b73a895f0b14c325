import type { SatteriFeatures } from '@astrojs/markdown-satteri';

/** Markdown features for entries: GFM with footnotes labelled in Chinese, no typographic rewriting. */
export const markdownFeatures: SatteriFeatures = {
  gfm: {
    footnotes: {
      label: '注释',
      backContent: '↩',
      backLabel: '返回正文第 {reference} 处',
      clobberPrefix: '',
    },
  },
  // Chinese text has its own quotation marks; rewriting ASCII ones would alter quoted sources.
  smartPunctuation: false,
};
