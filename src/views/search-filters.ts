/**
 * The order in which the search page lists filter values, fixed at build time: types and districts
 * as the site lists them, 朝代 from the earliest era to today, and 类别 grouped by the entry type
 * whose vocabulary it comes from (a worthy's field, a place's kind, a heritage item's kind).
 */
import { BROWSING_ERAS } from '../lib/browsing-eras.ts';
import { COLLECTION_LABELS } from '../lib/sections.ts';
import { CATEGORY_VALUES, HERITAGE_KIND_VALUES, PLACE_KIND_VALUES } from '../schemas/vocabulary.ts';
import { siteConfig } from '../site.config.ts';
import { FILTER_NAMES } from './search-view.ts';

export interface FilterGroup {
  /** The entry type the values belong to; empty for a list without groups. */
  group: string;
  values: string[];
}

export type FilterOrder = Record<string, FilterGroup[]>;

const SEARCHED_COLLECTIONS = ['worthies', 'places', 'heritage', 'studies', 'series', 'gifts'];

export function searchFilterOrder(): FilterOrder {
  const label = (collection: string) => COLLECTION_LABELS[collection] ?? collection;
  const seen = new Set<string>();
  // A value shared by two vocabularies is one checkbox, listed under the first type.
  const group = (collection: string, values: readonly string[]): FilterGroup => ({
    group: label(collection),
    values: values.filter((value) => (seen.has(value) ? false : (seen.add(value), true))),
  });
  return {
    [FILTER_NAMES.type]: [{ group: '', values: SEARCHED_COLLECTIONS.map(label) }],
    [FILTER_NAMES.district]: [{ group: '', values: siteConfig.districts.map((d) => d.name) }],
    [FILTER_NAMES.era]: [{ group: '', values: BROWSING_ERAS.map((era) => era.name) }],
    [FILTER_NAMES.category]: [
      group('worthies', CATEGORY_VALUES),
      group('places', PLACE_KIND_VALUES),
      group('heritage', HERITAGE_KIND_VALUES),
    ],
  };
}
