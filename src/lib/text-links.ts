/**
 * Links written inside texts: `[@S51]` source citations and `[[项羽]]` wiki links, and the index
 * of names and aliases that wiki links resolve against.
 */
import type { CollectionName } from '../schemas/index.ts';
import { dynastyOfYear } from './dates/index.ts';

/** `[@S51]` — a citation of one of the entry's sources. */
export const CITATION_PATTERN = /\[@([A-Za-z0-9][\w-]*)\]/g;

/** `[[项羽]]` or `[[项羽|西楚霸王]]`. */
export const WIKI_LINK_PATTERN = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/g;

export interface TextLink {
  /** What was written between the brackets (before `|`). */
  target: string;
  /** Text shown instead of the target (after `|`). */
  label?: string | undefined;
  /** 1-based line within the scanned text. */
  line: number;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The text with code and JSX comments blanked out (lines kept): links there are not links. */
function withoutCodeAndComments(text: string): string {
  return text.replace(/```[\s\S]*?```|`[^`\n]*`|\{\/\*[\s\S]*?\*\/\}/g, (skipped) =>
    skipped.replace(/[^\n]/g, ' '),
  );
}

/** Source ids cited with `[@id]`, with their lines. */
export function findCitations(text: string): TextLink[] {
  const visible = withoutCodeAndComments(text);
  return [...visible.matchAll(CITATION_PATTERN)].map((match) => ({
    target: match[1] ?? '',
    line: lineAt(visible, match.index),
  }));
}

/** Wiki links, outside code spans, code blocks and comments. */
export function findWikiLinks(text: string): TextLink[] {
  const withoutCode = withoutCodeAndComments(text);
  return [...withoutCode.matchAll(WIKI_LINK_PATTERN)].map((match) => ({
    target: (match[1] ?? '').trim(),
    label: match[2]?.trim(),
    line: lineAt(withoutCode, match.index),
  }));
}

/** An entry as wiki links see it. */
export interface NamedEntry {
  collection: CollectionName;
  id: string;
  /** Main name or title. */
  name: string;
  /** Aliases, historical names and other names that should lead here. */
  otherNames: string[];
  /** Words that tell same-name entries apart (dynasty, native place), for qualified links. */
  qualifiers: string[];
  /** How to describe this entry in a list of candidates: 项羽（秦末，下相）. */
  description: string;
}

export type LinkResolution =
  | { ok: true; entry: NamedEntry }
  | { ok: false; reason: 'unknown'; suggestions: NamedEntry[] }
  | { ok: false; reason: 'ambiguous'; candidates: NamedEntry[] };

/** Resolves a wiki-link target by name, alias, `名（限定词）` or slug. */
export function createNameIndex(entries: NamedEntry[]) {
  const byName = new Map<string, NamedEntry[]>();
  const bySlug = new Map<string, NamedEntry[]>();
  const add = (map: Map<string, NamedEntry[]>, key: string, entry: NamedEntry) => {
    const list = map.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    map.set(key, list);
  };
  for (const entry of entries) {
    add(byName, entry.name, entry);
    for (const name of entry.otherNames) add(byName, name, entry);
    add(bySlug, entry.id, entry);
  }

  function resolve(target: string): LinkResolution {
    const qualified = /^(.+?)[（(](.+?)[）)]$/.exec(target);
    if (qualified) {
      const [, base = '', qualifier = ''] = qualified;
      const matches = (byName.get(base) ?? []).filter((entry) =>
        entry.qualifiers.some((q) => q === qualifier || q.includes(qualifier)),
      );
      if (matches.length === 1 && matches[0]) return { ok: true, entry: matches[0] };
      if (matches.length > 1) return { ok: false, reason: 'ambiguous', candidates: matches };
    }
    const found = byName.get(target) ?? bySlug.get(target) ?? [];
    if (found.length === 1 && found[0]) return { ok: true, entry: found[0] };
    if (found.length > 1) return { ok: false, reason: 'ambiguous', candidates: found };
    return { ok: false, reason: 'unknown', suggestions: suggest(target) };
  }

  /** Names sharing a character with the target, best first: near matches for typos. */
  function suggest(target: string): NamedEntry[] {
    const characters = new Set(Array.from(target));
    const scored = entries
      .map((entry) => {
        const names = [entry.name, ...entry.otherNames];
        const shared = (name: string) => Array.from(name).filter((c) => characters.has(c)).length;
        const score = Math.max(...names.map((name) => shared(name) / Math.max(name.length, target.length)));
        return { entry, score };
      })
      .filter(({ score }) => score >= 0.5)
      .sort((a, b) => b.score - a.score);
    return scored.slice(0, 5).map(({ entry }) => entry);
  }

  return { resolve };
}

export type NameIndex = ReturnType<typeof createNameIndex>;

/** A run of text split around its citations and wiki links, for rendering. */
export type TextSegment =
  | { type: 'text'; value: string }
  | { type: 'citation'; id: string }
  | { type: 'wiki'; target: string; label?: string | undefined };

const ANY_LINK = /\[@([A-Za-z0-9][\w-]*)\]|\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/g;

export function splitTextLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(ANY_LINK)) {
    if (match.index > last) segments.push({ type: 'text', value: text.slice(last, match.index) });
    if (match[1]) segments.push({ type: 'citation', id: match[1] });
    else segments.push({ type: 'wiki', target: (match[2] ?? '').trim(), label: match[3]?.trim() });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ type: 'text', value: text.slice(last) });
  return segments;
}

/**
 * What a wiki link reads as on the page: its label; else the entry's name when the target is a
 * qualified name or a file name (张三（清）, zhang-san-qing), which nobody would write in prose;
 * else the target as written, so that 「袁枚，字[[子才]]」 keeps reading 子才.
 */
export function wikiLinkText(target: string, label: string | undefined, name: string | undefined): string {
  if (label) return label;
  if (name && (/[（(]/.test(target) || /^[a-z0-9-]+$/.test(target))) return name;
  return target;
}

/** The parts of an entry that wiki links read; both checked entries and Astro's entries fit. */
export interface LinkableEntry {
  collection: string;
  id: string;
  data: Record<string, unknown>;
}

/** How entries appear to wiki links: names, aliases, historical names and qualifiers. */
export function describeForLinks(entries: readonly LinkableEntry[]): NamedEntry[] {
  return entries.flatMap((entry): NamedEntry[] => {
    const d = entry.data;
    const file = `文件 ${entry.id}`;
    const named = (
      collection: CollectionName,
      name: string,
      otherNames: string[],
      qualifiers: string[],
      description: string,
    ): NamedEntry[] => [{ collection, id: entry.id, name, otherNames, qualifiers, description }];
    switch (entry.collection) {
      case 'worthies': {
        const name = d['name'] as string;
        const born = d['born'] as { year: number } | undefined;
        const died = d['died'] as { year: number } | undefined;
        const dynasty =
          (d['dynasty'] as string | undefined) ?? dynastyOfYear(died?.year ?? born?.year ?? Number.NaN);
        const native = (d['native'] as { as?: string } | undefined)?.as;
        const qualifiers = [dynasty, native, born ? String(born.year) : undefined].filter(
          (q): q is string => !!q,
        );
        const aliases = ((d['aliases'] as { name: string }[] | undefined) ?? []).map((a) => a.name);
        const description = `${name}（${qualifiers.slice(0, 2).join('，') || '人物'}，${file}）`;
        return named('worthies', name, aliases, qualifiers, description);
      }
      case 'places': {
        const name = d['name'] as string;
        const kind = d['kind'] as string;
        const otherNames = [
          ...((d['aliases'] as string[] | undefined) ?? []),
          ...((d['names'] as { name: string }[] | undefined) ?? []).map((n) => n.name),
        ];
        return named('places', name, otherNames, [kind], `${name}（地名，${kind}，${file}）`);
      }
      case 'heritage': {
        const name = d['name'] as string;
        const kind = d['kind'] as string;
        const aliases = (d['aliases'] as string[] | undefined) ?? [];
        return named('heritage', name, aliases, [kind], `${name}（乡愁，${kind}，${file}）`);
      }
      case 'studies': {
        const title = d['title'] as string;
        return named('studies', title, [], ['文章'], `《${title}》（文章，${file}）`);
      }
      default:
        return [];
    }
  });
}
