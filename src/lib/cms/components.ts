/**
 * The project's MDX components as buttons of the editor's rich-text mode: each turns a form into
 * the MDX the gate accepts, and reads that MDX back into the form.
 */
const ASIDE_TYPES = ['说明', '异说', '传说'] as const;

const escapeAttribute = (text: string) => text.replaceAll('"', '＂');

export const editorComponents = [
  {
    id: 'aside',
    label: '按语／异说／传说',
    fields: [
      { name: 'type', label: '类型', widget: 'select', options: [...ASIDE_TYPES], default: '说明' },
      { name: 'body', label: '内容', widget: 'text', hint: '可写出处，如 [@S01]。' },
    ],
    pattern: /^<Aside type="(说明|异说|传说)">\n([\s\S]*?)\n<\/Aside>$/m,
    fromBlock: (match: RegExpMatchArray) => ({ type: match[1], body: match[2] }),
    toBlock: (data: { type?: string; body?: string }) =>
      `<Aside type="${escapeAttribute(data.type ?? '说明')}">\n${data.body ?? ''}\n</Aside>`,
    toPreview: (data: { type?: string; body?: string }) =>
      `<aside class="aside"><p>${data.body ?? ''}</p></aside>`,
  },
  {
    id: 'figure',
    label: '图片',
    fields: [
      {
        name: 'src',
        label: '图片文件',
        widget: 'string',
        hint: '先在上方「图片」或「画像」里上传并登记，再写同样的路径，如 ./shu-ying.jpg。',
      },
      { name: 'caption', label: '图注', widget: 'string', required: false },
    ],
    pattern: /^<Figure src="([^"]*)"(?: caption="([^"]*)")? \/>$/m,
    fromBlock: (match: RegExpMatchArray) => ({ src: match[1], caption: match[2] }),
    toBlock: (data: { src?: string; caption?: string }) =>
      `<Figure src="${escapeAttribute(data.src ?? '')}"${data.caption ? ` caption="${escapeAttribute(data.caption)}"` : ''} />`,
    toPreview: (data: { src?: string; caption?: string }) =>
      `<figure><figcaption>${data.caption ?? data.src ?? ''}</figcaption></figure>`,
  },
  {
    id: 'wiki-link',
    label: '链接条目',
    fields: [
      {
        name: 'target',
        label: '条目名称',
        widget: 'string',
        hint: '写人物、地名等条目的名称或别名，如「项羽」。',
      },
    ],
    pattern: /^\[\[([^\]\n]+)\]\]$/m,
    fromBlock: (match: RegExpMatchArray) => ({ target: match[1] }),
    toBlock: (data: { target?: string }) => `[[${data.target ?? ''}]]`,
    toPreview: (data: { target?: string }) => `<a href="#">${data.target ?? ''}</a>`,
  },
];
