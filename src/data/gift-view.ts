/** The entries of a city gift, resolved in their curated order. */
import { GIFT_ENTRY_KEYS } from '../schemas/gift.ts';
import type { Archive, Gift, PageEntry } from './archive.ts';

export function giftEntries(gift: Gift, archive: Archive): { entry: PageEntry; note?: string | undefined }[] {
  return gift.data.entries.flatMap((item) => {
    const key = (Object.keys(GIFT_ENTRY_KEYS) as (keyof typeof GIFT_ENTRY_KEYS)[]).find((k) => k in item);
    const ref = key ? (item as Record<string, unknown>)[key] : undefined;
    const entry = ref ? archive.get(ref as { collection: string; id: string }) : undefined;
    return entry && entry.collection !== 'events' ? [{ entry: entry, note: item.note }] : [];
  });
}
