/** Site paths of every page type, in one place so that links, sitemaps and QR codes agree. */

/** Collections that have pages, with their URL folder. */
export const SECTION_PATHS = {
  worthies: 'worthies',
  places: 'places',
  heritage: 'heritage',
  series: 'series',
  studies: 'studies',
  gifts: 'gifts',
} as const;
export type SectionCollection = keyof typeof SECTION_PATHS;

/** A section's index page, relative to the site root: 'worthies/'. */
export function sectionPath(collection: SectionCollection): string {
  return `${SECTION_PATHS[collection]}/`;
}

/** The site's pages that are neither an entry nor a section index, relative to the site root. */
export const PAGE_PATHS = {
  search: 'search/',
  timeline: 'timeline/',
  map: 'map/',
  relations: 'relations/',
  data: 'data/',
  about: 'about/',
  feed: 'rss.xml',
  dataset: 'data/dataset.json',
  searchNames: 'search-names.json',
} as const;

/** A facet page of an index (乡贤 by era, 年表 by district …): 'worthies/era/qing/'. */
export function facetPath(index: 'worthies' | 'timeline', dimension: string, slug: string): string {
  return `${index}/${dimension}/${slug}/`;
}

/** Joins the site's base path and a path inside the site: ('/wenshi/', 'worthies/') → '/wenshi/worthies/'. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${path.replace(/^\//, '')}`;
}

/** Path of an entry's page, relative to the site root: 'worthies/xiang-yu/'. */
export function entryPath(collection: SectionCollection, id: string): string {
  return `${SECTION_PATHS[collection]}/${id}/`;
}

/** Absolute URL for canonical links, feeds and QR codes. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return new URL(withBase(base, path), siteUrl).href;
}

export function isSectionCollection(collection: string): collection is SectionCollection {
  return collection in SECTION_PATHS;
}
