/**
 * The 乡贤 index's facets: district (区县), era (朝代) and category (类别). Each value has a static
 * page, so filtering works without JavaScript.
 */
import { BROWSING_ERAS } from '../lib/browsing-eras.ts';
import { CATEGORIES } from '../schemas/vocabulary.ts';
import { siteConfig } from '../site.config.ts';
import type { Archive, Worthy } from './archive.ts';
import type { FacetValue } from './facet-links.ts';

export const FACET_DIMENSIONS = [
  { key: 'district', label: '区县' },
  { key: 'era', label: '朝代' },
  { key: 'category', label: '类别' },
] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number]['key'];

export type WorthyFacet = FacetValue<FacetDimension, Worthy>;

/** Worked out once per archive: the index and every facet page show all the facets. */
const facetsOf = new WeakMap<Archive, Record<FacetDimension, WorthyFacet[]>>();

export function worthyFacets(archive: Archive): Record<FacetDimension, WorthyFacet[]> {
  const known = facetsOf.get(archive);
  if (known) return known;
  const facets = facetsFrom(archive);
  facetsOf.set(archive, facets);
  return facets;
}

function facetsFrom(archive: Archive): Record<FacetDimension, WorthyFacet[]> {
  const { worthies } = archive;
  return {
    district: siteConfig.districts.map((d) => ({
      dimension: 'district',
      slug: d.id,
      label: d.name,
      members: worthies.filter((w) => archive.districtsOfWorthy(w).some((x) => x.id === d.id)),
    })),
    era: BROWSING_ERAS.map((era) => ({
      dimension: 'era',
      slug: era.slug,
      label: era.name,
      members: worthies.filter((w) => archive.eraOfWorthy(w)?.slug === era.slug),
    })),
    category: CATEGORIES.map((c) => ({
      dimension: 'category',
      slug: c.slug,
      label: c.value,
      members: worthies.filter((w) => (w.data.categories as string[]).includes(c.value)),
    })),
  };
}

/** Worthies grouped under their era headings, in time order; undated people come last. */
export function groupByEra(archive: Archive, worthies: Worthy[]): { label: string; members: Worthy[] }[] {
  const groups = BROWSING_ERAS.map((era) => ({
    label: era.name,
    members: worthies.filter((w) => archive.eraOfWorthy(w)?.slug === era.slug),
  }));
  const undated = worthies.filter((w) => archive.eraOfWorthy(w) === undefined);
  return [...groups, { label: '年代不详', members: undated }].filter((g) => g.members.length > 0);
}
