/** Checks on `[@S51]` citations and `[[名称]]` wiki links inside bodies and descriptions. */
import {
  createNameIndex,
  findCitations,
  findWikiLinks,
  type NamedEntry,
  type TextLink,
} from '../text-links.ts';
import { checkMarkdownSafety } from '../mdx-gate.ts';
import { resolveRelative } from './images.ts';
import { collectMarkers } from './schemas.ts';
import type { CheckedEntry, Problem } from './check-types.ts';

/** Ids of the bibliography sources an entry lists. */
export function citedSourceIds(entry: CheckedEntry): string[] {
  const sources = (entry.data['sources'] as { id?: { id: string } }[] | undefined) ?? [];
  return sources.flatMap((source) => (source.id ? [source.id.id] : []));
}

/** Markdown texts of an entry (not its MDX body), each with the line its first character is on. */
function markdownTexts(entry: CheckedEntry): { text: string; line: number }[] {
  const texts: { text: string; line: number }[] = [];
  const description = entry.data['description'];
  if (typeof description === 'string')
    texts.push({ text: description, line: entry.lineOf(['description']) + 1 });
  const names = (entry.data['names'] as { note?: string }[] | undefined) ?? [];
  names.forEach((n, index) => {
    if (n.note) texts.push({ text: n.note, line: entry.lineOf(['names', index, 'note']) });
  });
  return texts;
}

/** Texts of an entry that may hold links: the MDX body and Markdown texts. */
function linkableTexts(entry: CheckedEntry): { text: string; line: number }[] {
  return [{ text: entry.body, line: entry.bodyLine }, ...markdownTexts(entry)];
}

/** Raw HTML and unsafe addresses in Markdown texts of YAML entries. */
export function checkMarkdownTexts(entries: CheckedEntry[]): Problem[] {
  return entries.flatMap((entry) =>
    markdownTexts(entry).flatMap(({ text, line }) =>
      checkMarkdownSafety(text, line - 1).map((p) => ({
        file: entry.file,
        line: p.line,
        message: p.message,
      })),
    ),
  );
}

function linksIn(entry: CheckedEntry, find: (text: string) => TextLink[]): TextLink[] {
  return linkableTexts(entry).flatMap(({ text, line }) =>
    find(text).map((link) => ({ ...link, line: link.line + line - 1 })),
  );
}

export function checkLinks(
  entries: CheckedEntry[],
  named: NamedEntry[],
  { includeDrafts, checkCitations }: { includeDrafts: boolean; checkCitations: boolean },
): Problem[] {
  const problems: Problem[] = [];
  // Links may not lead to drafts; entries that failed their fields still count as existing.
  const unpublished = new Set(
    entries.filter((e) => !e.published && !includeDrafts).map((e) => `${e.collection}/${e.id}`),
  );
  const index = createNameIndex(named.filter((n) => !unpublished.has(`${n.collection}/${n.id}`)));
  const drafts = createNameIndex(named.filter((n) => unpublished.has(`${n.collection}/${n.id}`)));
  const bibliography = new Set(entries.filter((e) => e.collection === 'bibliography').map((e) => e.id));
  for (const entry of entries) {
    if (entry.collection === 'bibliography') continue;
    const listed = new Set(citedSourceIds(entry));
    for (const citation of checkCitations ? linksIn(entry, findCitations) : []) {
      if (listed.has(citation.target)) continue;
      problems.push({
        file: entry.file,
        line: citation.line,
        message: bibliography.has(citation.target)
          ? `正文引用了 [@${citation.target}]，但本条的来源（sources）里没有它：请把 ${citation.target} 加进 sources。`
          : `正文引用的来源编号 [@${citation.target}] 不存在：请核对编号，或先在 content/bibliography.yaml 登记这个来源并加进本条的 sources。`,
      });
    }
    const entryLinks = entry.components
      .filter((c) => c.name === 'EntryLink')
      .map((c) => ({ target: c.attributes['to'] ?? '', line: c.line, label: undefined }));
    for (const link of [...linksIn(entry, findWikiLinks), ...entryLinks]) {
      const resolution = index.resolve(link.target);
      if (resolution.ok) continue;
      const draft = drafts.resolve(link.target);
      const message = draft.ok
        ? `[[${link.target}]] 指向的条目 ${draft.entry.id} 还没有发布（草稿或待审），公开网站上会成为死链接：请先发布那一条，或暂时去掉双方括号。`
        : resolution.reason === 'ambiguous'
          ? `[[${link.target}]] 可指多个条目：${resolution.candidates.map((c) => c.description).join('；')}。请加限定词，如 [[${link.target}（${resolution.candidates[0]?.qualifiers[0] ?? '朝代'}）]]，或直接写文件名，如 [[${resolution.candidates[0]?.id ?? ''}]]。`
          : `[[${link.target}]] 找不到对应的条目（按名称、别名、历史地名和文件名查找）。${
              resolution.suggestions.length > 0
                ? `相近的有：${resolution.suggestions.map((c) => c.description).join('；')}。`
                : '请检查用字，或先建立这个条目；若只是提到而无需链接，去掉双方括号即可。'
            }`;
      problems.push({ file: entry.file, line: link.line, message });
    }
  }
  problems.push(...checkFigures(entries));
  return problems;
}

/** A `<Figure src>` must name an image declared in the entry's frontmatter, with its credit and licence. */
function checkFigures(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const declared = collectMarkers(entry.data).images.map(([marker]) =>
      resolveRelative(entry.file, marker.$image),
    );
    // <Gallery /> shows the gallery field only; a portrait or cover alone would leave it empty.
    const gallery = (entry.data as { gallery?: unknown }).gallery;
    const hasGallery = Array.isArray(gallery) && gallery.length > 0;
    for (const use of entry.components) {
      if (use.name === 'Gallery' && !hasGallery) {
        problems.push({
          file: entry.file,
          line: use.line,
          message:
            '用了 <Gallery />，但本条的 gallery 里没有图片（portrait、cover 不在其中显示）：请在 gallery 里列出图片（含 credit 和 license），或删去 <Gallery />。',
        });
      }
      if (use.name !== 'Figure') continue;
      const src = use.attributes['src'];
      if (!src) {
        problems.push({
          file: entry.file,
          line: use.line,
          message:
            '<Figure> 缺少 src：请写图片路径，如 <Figure src="./xiang-yu/map.png" />，并在 gallery 里登记这张图片。',
        });
      } else if (!declared.includes(resolveRelative(entry.file, src))) {
        problems.push({
          file: entry.file,
          line: use.line,
          message: `<Figure src="${src}"> 用的图片没有在元数据里登记：请把它加进 gallery（也可以是 portrait 或 cover；写明 alt、credit、license），正文再用 <Figure src="${src}" /> 引用。`,
        });
      }
    }
  }
  return problems;
}
