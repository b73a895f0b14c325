/** The RSS feed's items: every published page entry, newest change first. */
import type { RSSFeedItem } from '@astrojs/rss';
import { fileDates } from './git-dates.ts';
import { COLLECTION_LABELS } from '../lib/sections.ts';
import { getArchive, hrefOf, titleOf, type PageEntry } from './archive.ts';

/** Last change of an entry: its `updated` field, else the file's history. */
export function updatedOf(entry: PageEntry): Date {
  const written = (entry.data as { updated?: string }).updated;
  if (written) return new Date(written);
  return entry.filePath ? fileDates(entry.filePath).updated : new Date(0);
}

export async function feedItems(limit = 50): Promise<RSSFeedItem[]> {
  const archive = await getArchive();
  const entries = archive.pageEntries;
  return entries
    .map((entry) => ({ entry, updated: updatedOf(entry) }))
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.entry.id.localeCompare(b.entry.id))
    .slice(0, limit)
    .map(({ entry, updated }) => ({
      title: `${COLLECTION_LABELS[entry.collection]}｜${titleOf(entry)}`,
      link: hrefOf(entry),
      pubDate: updated,
      description: (entry.data as { summary: string }).summary,
      categories: [COLLECTION_LABELS[entry.collection] ?? entry.collection],
    }));
}
