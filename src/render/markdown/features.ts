import type { SatteriFeatures } from '@astrojs/markdown-satteri';
import type { Features } from 'satteri';

/** Markdown features for entries: GFM with footnotes labelled in Chinese, no typographic rewriting. */
export const markdownFeatures = {
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
} satisfies SatteriFeatures & Features;
