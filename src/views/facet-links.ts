/**
 * An index's facet values (乡贤 by 区县/朝代/类别, 年表 by 区县/类别) as the links FacetNav shows:
 * one group per dimension, each value with its count, its page and whether it is the one shown.
 */
import { facetPath, withBase } from '../lib/urls.ts';

export interface FacetLink {
  label: string;
  count: number;
  href: string;
  /** This value's page is the one being shown. */
  active: boolean;
}

export interface FacetGroup {
  key: string;
  label: string;
  values: FacetLink[];
}

/** One value of an index's facet (区县「宿城区」, 朝代「清」…) with the entries it holds. */
export interface FacetValue<Dimension extends string = string, Member = unknown> {
  dimension: Dimension;
  slug: string;
  label: string;
  members: Member[];
}

export function facetGroups<K extends string>(
  index: 'worthies' | 'timeline',
  dimensions: readonly { key: K; label: string }[],
  facets: Record<K, readonly FacetValue<K>[]>,
  current: FacetValue | undefined,
): FacetGroup[] {
  const base = import.meta.env.BASE_URL;
  return dimensions.map((dimension) => ({
    key: dimension.key,
    label: dimension.label,
    values: facets[dimension.key].map((value) => ({
      label: value.label,
      count: value.members.length,
      href: withBase(base, facetPath(index, value.dimension, value.slug)),
      active: current?.dimension === value.dimension && current.slug === value.slug,
    })),
  }));
}
