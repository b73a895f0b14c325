/**
 * Warnings of `npm run check`: things an editor should look at that do not stop the build.
 *
 * - a bibliography entry without a `category`, so readers cannot tell what kind of material it is;
 * - an entry whose facts rest on web-only material alone (every source is 网络资料);
 * - a sentence with a year or a number in an entry or study body whose paragraph cites nothing,
 *   so that a figure added without a source is caught at the next check.
 */
import { isWebOnly } from '../../schemas/source-categories.ts';
import type { CheckedEntry, Problem } from './check-types.ts';
import { groupByFile } from './report.ts';

/** A sentence with a number and no citation in its paragraph, located in the body's own text. */
export interface UncitedSentence {
  /** 1-based line within the text given. */
  line: number;
  sentence: string;
}

/** Citation marks in a body: `[@S51]` citations and `[^3]` footnote references. */
const CITATION = /\[@[^\]\s]+\]|\[\^[^\]\s]+\](?!:)/;
/** What carries digits without being a figure the text asserts: citations, links, markup. */
const NOT_FIGURES = /\[@[^\]]*\]|\[\^[^\]]*\]|\]\([^)]*\)|\[\[[^\]]*\]\]|<[^>]*>|`[^`]*`|https?:\/\/\S+/g;
const SENTENCE_END = /(?<=[。！？!?])/;

/**
 * Sentences of a Markdown/MDX body that state a number (a year, a count, a measure) in a
 * paragraph with no citation. Headings, code, components' tags, footnote definitions (which are
 * citations themselves) and ordered-list numbering are not text that asserts a figure.
 */
export function uncitedNumberSentences(body: string): UncitedSentence[] {
  const found: UncitedSentence[] = [];
  const lines = body.split('\n');
  let paragraph: { line: number; text: string }[] = [];
  let inFence = false;
  const flush = () => {
    const cited = paragraph.some((l) => CITATION.test(l.text));
    if (!cited) {
      for (const { line, text } of paragraph) {
        for (const sentence of text.split(SENTENCE_END)) {
          if (/\d/.test(sentence.replace(NOT_FIGURES, ''))) found.push({ line, sentence: sentence.trim() });
        }
      }
    }
    paragraph = [];
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (/^(```|~~~)/.test(text)) {
      inFence = !inFence;
      flush();
      return;
    }
    if (inFence) return;
    const structural =
      text === '' ||
      /^#{1,6}\s/.test(text) ||
      /^\[\^[^\]]+\]:/.test(text) ||
      /^<\/?[A-Za-z][^>]*>$/.test(text) ||
      /^(import|export)\s/.test(text);
    if (structural) {
      flush();
      return;
    }
    // A list item is a paragraph of its own.
    if (/^([-*+]|\d+[.)])\s/.test(text)) flush();
    paragraph.push({ line, text: text.replace(/^([-*+]|\d+[.)])\s+/, '').replace(/^>\s?/, '') });
  });
  flush();
  return found;
}

type SourceItem = { id?: unknown; category?: unknown };

function sourceIds(entry: CheckedEntry): { ids: string[]; inline: SourceItem[] } {
  const items = Array.isArray(entry.data.sources) ? (entry.data.sources as SourceItem[]) : [];
  const ids: string[] = [];
  const inline: SourceItem[] = [];
  for (const item of items) {
    const ref = item.id as { id?: unknown } | undefined;
    if (ref && typeof ref === 'object' && typeof ref.id === 'string') ids.push(ref.id);
    else inline.push(item);
  }
  return { ids, inline };
}

/** All warnings for the checked entries (drafts included: editors see them before publishing). */
export function readerWarnings(entries: readonly CheckedEntry[]): Problem[] {
  const warnings: Problem[] = [];
  const categories = new Map<string, unknown>();
  for (const entry of entries) {
    if (entry.collection !== 'bibliography') continue;
    categories.set(entry.id, entry.data.category);
    if (entry.data.category === undefined) {
      warnings.push({
        file: entry.file,
        line: entry.lineOf([]),
        field: `${entry.id} → 资料类别（category）`,
        message:
          '没有写资料类别。请加一行 category，写地方志、档案、古籍、工具书、学术论著、报刊、官方网站、网络资料之一。',
      });
    }
  }
  for (const entry of entries) {
    if (entry.collection === 'bibliography') continue;
    const { ids, inline } = sourceIds(entry);
    const all = [...ids.map((id) => categories.get(id)), ...inline.map((item) => item.category)];
    if (all.length > 0 && all.every((category) => isWebOnly(category as string | undefined))) {
      warnings.push({
        file: entry.file,
        line: entry.lineOf(['sources']),
        field: '来源（sources）',
        message: `本条的来源全是网络资料（${ids.join('、') || '文中所列'}）。请补充地方志、档案、论著、报刊或官方发布的资料。`,
      });
    }
    // An MDX entry's body, or a YAML entry's Markdown `description` (a block starting on the next line).
    const description = entry.data.description;
    const texts = [{ text: entry.body, firstLine: entry.bodyLine, field: '正文' }];
    if (typeof description === 'string')
      texts.push({
        text: description,
        firstLine: entry.lineOf(['description']) + 1,
        field: '正文（description）',
      });
    for (const { text, firstLine, field } of texts)
      for (const { line, sentence } of uncitedNumberSentences(text)) {
        warnings.push({
          file: entry.file,
          line: firstLine + line - 1,
          field,
          message: `这句话有年份或数字，但所在段落没有标注出处：「${sentence.slice(0, 40)}${sentence.length > 40 ? '……' : ''}」。请在段末加 [@来源编号] 或脚注。`,
        });
      }
  }
  return warnings;
}

/** The warnings as a readable report, grouped by file like the problems. */
export function formatWarnings(warnings: readonly Problem[]): string {
  if (warnings.length === 0) return '';
  const { text, files } = groupByFile(warnings);
  return `${text}\n\n提醒（不影响构建）：${files} 个文件共 ${warnings.length} 处（warnings: ${warnings.length}）。`;
}
