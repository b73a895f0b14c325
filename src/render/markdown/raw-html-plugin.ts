/**
 * Markdown descriptions in YAML entries are contributed text: any raw HTML in them is shown as
 * text, never passed through, so a description can never carry a script into a page.
 */
import { defineMdastPlugin } from 'satteri';

export const escapeRawHtmlPlugin = defineMdastPlugin({
  name: 'archive-escape-raw-html',
  html(node) {
    return { type: 'text', value: node.value };
  },
});
