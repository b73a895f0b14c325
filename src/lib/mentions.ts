/**
 * Who mentions whom: references written in frontmatter plus wiki links in texts, turned around
 * so that every entry can list the pages that point to it ("提及本条目的页面").
 */
import { findWikiLinks, type NameIndex } from './text-links.ts';

export interface EntryKey {
  collection: string;
  id: string;
}

export interface MentioningEntry extends EntryKey {
  data: unknown;
  /** Texts that may hold wiki links: the MDX body and Markdown descriptions. */
  texts: readonly string[];
}

const key = (e: EntryKey) => `${e.collection}/${e.id}`;

/** References inside data: any object shaped `{ collection, id }` (Astro's reference output). */
export function referencesIn(value: unknown, found: EntryKey[] = []): EntryKey[] {
  if (Array.isArray(value)) value.forEach((item) => referencesIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (
      typeof record['collection'] === 'string' &&
      typeof record['id'] === 'string' &&
      Object.keys(record).length === 2
    ) {
      found.push({ collection: record['collection'], id: record['id'] });
    } else Object.values(record).forEach((item) => referencesIn(item, found));
  }
  return found;
}

/** Map from an entry's key (`worthies/xiang-yu`) to the entries that mention it, in input order. */
export function buildMentions(
  entries: readonly MentioningEntry[],
  names: NameIndex,
): Map<string, EntryKey[]> {
  const mentions = new Map<string, EntryKey[]>();
  for (const entry of entries) {
    const targets = new Map<string, EntryKey>();
    for (const target of referencesIn(entry.data)) targets.set(key(target), target);
    for (const text of entry.texts) {
      for (const link of findWikiLinks(text)) {
        const resolved = names.resolve(link.target);
        if (resolved.ok) targets.set(key(resolved.entry), resolved.entry);
      }
    }
    targets.delete(key(entry));
    for (const target of targets.keys()) {
      if (target.startsWith('bibliography/')) continue;
      const list = mentions.get(target) ?? [];
      list.push({ collection: entry.collection, id: entry.id });
      mentions.set(target, list);
    }
  }
  return mentions;
}
