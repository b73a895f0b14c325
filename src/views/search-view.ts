/**
 * What each entry page tells Pagefind: its type, filters (区县, 朝代, 类别), a summary for result
 * cards, and pinyin keys for its names. Index pages carry none of this and are not indexed.
 */
import { lifespan } from '../lib/date-display.ts';
import { pinyinKeys, type NameForSearch } from '../lib/search/pinyin-keys.ts';
import { COLLECTION_LABELS } from '../lib/sections.ts';
import { siteConfig } from '../site.config.ts';
import type { Archive, PageEntry } from './archive.ts';

export interface SearchFields {
  type: string;
  summary: string;
  filters: Record<string, string[]>;
  /** Names, aliases, historical names or title, for ranking exact name matches first. */
  names: string[];
  pinyin: string[];
  /** Life span of a worthy (前232—前202), shown on the result as plain words. */
  dates?: string | undefined;
  /** Search-only terms from the entry's `keywords`, added to the index at build time. */
  keywords: string[];
}

export const FILTER_NAMES = { type: '类型', district: '区县', era: '朝代', category: '类别' } as const;

export function searchFields(entry: PageEntry, archive: Archive): SearchFields {
  const type = COLLECTION_LABELS[entry.collection] ?? entry.collection;
  const names: NameForSearch[] = [];
  let dates: string | undefined;
  const filters: Record<string, string[]> = { [FILTER_NAMES.type]: [type] };
  const districtNames = (ids: readonly string[]) =>
    siteConfig.districts.filter((d) => ids.includes(d.id)).map((d) => d.name);
  const placeDistricts = (refs: readonly { id: string }[]) =>
    refs.flatMap((ref) => archive.places.find((p) => p.id === ref.id)?.data.districts ?? []);

  switch (entry.collection) {
    case 'worthies': {
      names.push(
        { text: entry.data.name, person: true },
        ...entry.data.aliases.map((a) => ({ text: a.name, person: a.type === '名' })),
      );
      filters[FILTER_NAMES.district] = archive.districtsOfWorthy(entry).map((d) => d.name);
      const era = archive.eraOfWorthy(entry);
      if (era) filters[FILTER_NAMES.era] = [era.name];
      filters[FILTER_NAMES.category] = [...entry.data.categories];
      dates = lifespan(entry.data.born, entry.data.died);
      break;
    }
    case 'places':
      names.push(
        { text: entry.data.name },
        ...entry.data.aliases.map((text) => ({ text })),
        ...entry.data.names.map((n) => ({ text: n.name })),
      );
      filters[FILTER_NAMES.district] = districtNames(entry.data.districts);
      filters[FILTER_NAMES.category] = [entry.data.kind];
      break;
    case 'heritage':
      names.push({ text: entry.data.name }, ...entry.data.aliases.map((text) => ({ text })));
      filters[FILTER_NAMES.district] = districtNames(placeDistricts(entry.data.places));
      filters[FILTER_NAMES.category] = [entry.data.kind];
      break;
    case 'studies':
    case 'series':
    case 'gifts':
      names.push({ text: entry.data.title });
      break;
  }
  return {
    type,
    summary: (entry.data as { summary: string }).summary,
    filters: Object.fromEntries(
      Object.entries(filters)
        .filter(([, values]) => values.length > 0)
        .map(([name, values]) => [name, [...new Set(values)]]),
    ),
    names: [...new Set(names.map((n) => n.text))],
    pinyin: pinyinKeys(names),
    dates,
    keywords: [...((entry.data as { keywords?: string[] }).keywords ?? [])],
  };
}
