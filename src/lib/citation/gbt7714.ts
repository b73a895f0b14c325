/**
 * Reference lists in GB/T 7714-2015 (信息与文献 参考文献著录规则), written from the standard's
 * rules for the types this archive cites. No npm package ships the style, so it lives here.
 *
 *   专著     王某某, 李某. 乾隆某县志[M]. 北京: 中华书局, 1985.
 *   析出文献 陈某. 清代县级行政区划考[M]//周某. 历史地理论丛. 上海: 复旦大学出版社, 2001: 101-120.
 *   期刊     张三, 李四, 王五, 等. 明清时期地方志编纂研究[J]. 中国地方志, 2019, 36(2): 45-60.
 *   报纸     丁某. 运河申遗成功[N]. 某市日报, 2014-06-23(1).
 *   学位论文 李某. 清代苏北河工研究[D]. 南京: 南京大学, 2010.
 *   电子资源 王天琦. 看地名 解历史[EB/OL]. 江苏省地方志网, (2025-12-23)[2026-11-28]. http://….
 */
import { SOURCE_KINDS, type SourceKind } from '../../schemas/vocabulary.ts';

export interface CitableSource {
  kind: SourceKind;
  title: string;
  authors?: readonly string[];
  editors?: readonly string[];
  container?: string | undefined;
  publisher?: string | undefined;
  place?: string | undefined;
  date?: string | undefined;
  volume?: string | undefined;
  issue?: string | undefined;
  pages?: string | undefined;
  juan?: string | undefined;
  edition?: string | undefined;
  url?: string | undefined;
  accessed?: string | undefined;
}

const HAN = /[\u3400-\u9fff]/;

/**
 * Names of responsible persons: at most three, then 等 (or et al. for Western names).
 * Western names are written surname first in capitals with initials (SMITH J).
 */
export function formatNames(names: readonly string[]): string {
  const shown = names.slice(0, 3).map(formatName);
  if (names.length > 3) shown.push(names.some((n) => HAN.test(n)) ? '等' : 'et al');
  return shown.join(', ');
}

function formatName(name: string): string {
  if (HAN.test(name) || !name.includes(' ')) return name;
  const parts = name.trim().split(/\s+/);
  const surname = (parts.pop() ?? '').toUpperCase();
  const initials = parts.map((p) => p[0]?.toUpperCase() ?? '').join(' ');
  return `${surname} ${initials}`.trim();
}

function typeCode(source: CitableSource): string {
  const code = SOURCE_KINDS[source.kind];
  if (code === 'EB') return 'EB/OL';
  return source.url ? `${code}/OL` : code;
}

/** Year of a date written 1985, 1985-06 or 1985-06-01. */
function yearOf(date: string | undefined): string | undefined {
  return date?.match(/^-?\d+/)?.[0];
}

/** 出版地: 出版者, 出版年 — each part only when known. */
function imprint(source: CitableSource, year: string | undefined): string {
  const publisher =
    source.place && source.publisher ? `${source.place}: ${source.publisher}` : source.publisher;
  return [publisher, year].filter(Boolean).join(', ');
}

/** Appends the access date and URL of an online source. */
function online(source: CitableSource): string {
  if (!source.url) return '';
  return `${source.accessed ? `[${source.accessed}]` : ''}. ${source.url}`;
}

function end(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** One reference in GB/T 7714-2015 form, ending with a full stop. */
export function formatGbt7714(source: CitableSource): string {
  const authors = source.authors && source.authors.length > 0 ? `${formatNames(source.authors)}. ` : '';
  const title = source.juan ? `${source.title}: ${source.juan}` : source.title;
  const code = typeCode(source);
  const pages = source.pages ? `: ${source.pages}` : '';

  switch (source.kind) {
    case '析出文献': {
      const editors = source.editors && source.editors.length > 0 ? `${formatNames(source.editors)}. ` : '';
      const host = source.container ? `${source.container}. ` : '';
      return end(
        `${authors}${title}[${code}]//${editors}${host}${imprint(source, yearOf(source.date))}${pages}${online(source)}`,
      );
    }
    case '期刊': {
      const year = yearOf(source.date);
      const volume = source.volume ? `, ${source.volume}` : '';
      const issue = source.issue ? `(${source.issue})` : '';
      const journal = [source.container, year].filter(Boolean).join(', ');
      return end(`${authors}${title}[${code}]. ${journal}${volume}${issue}${pages}${online(source)}`);
    }
    case '报纸': {
      const edition = source.pages ? `(${source.pages})` : '';
      return end(
        `${authors}${title}[${code}]. ${[source.container, source.date].filter(Boolean).join(', ')}${edition}${online(source)}`,
      );
    }
    case '网页': {
      const publisher = source.publisher ?? source.container;
      const dated = source.date ? `(${source.date})` : '';
      const place = [publisher, dated].filter(Boolean).join(', ');
      const accessed = source.accessed ? `[${source.accessed}]` : '';
      const where = place || accessed ? ` ${place}${accessed}.` : '';
      return end(`${authors}${title}[${code}].${where}${source.url ? ` ${source.url}` : ''}`);
    }
    default: {
      // 专著, 古籍, 方志, 工具书, 学位论文: 题名[M]. 版本. 出版地: 出版者, 出版年: 页码.
      const edition = source.edition ? `. ${source.edition}` : '';
      const published = imprint(source, yearOf(source.date));
      return end(
        `${authors}${title}[${code}]${edition}${published ? `. ${published}` : ''}${pages}${online(source)}`,
      );
    }
  }
}
