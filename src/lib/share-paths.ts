/**
 * Where the files that go with an entry's page live: its share card, its poster, its citation
 * downloads. Pages, Head's meta tags, the image endpoints and the tests all ask here.
 */
import { SECTION_PATHS, isSectionCollection, type SectionCollection } from './urls.ts';

/** Collections whose entries get a poster as well as a share card. */
export const POSTER_COLLECTIONS = ['worthies', 'gifts'] as const satisfies readonly SectionCollection[];

export function hasPoster(collection: string): boolean {
  return (POSTER_COLLECTIONS as readonly string[]).includes(collection);
}

/**
 * Share cards and posters are JPEG: a third fewer bytes than the PNGs they replaced, read by WeChat
 * and every social site, and the Chinese text stays sharp at quality 80 (README, Benchmarks).
 */
export const SHARE_IMAGE_EXTENSION = 'jpg';
export const SHARE_IMAGE_TYPE = 'image/jpeg';

/** The share card of an entry, relative to the site root: 'og/worthies/xiang-yu.jpg'. */
export function cardPath(collection: SectionCollection, id: string): string {
  return `og/${SECTION_PATHS[collection]}/${id}.${SHARE_IMAGE_EXTENSION}`;
}

/** The card of the home page, the indexes and every page that is not one entry. */
export const SITE_CARD_PATH = `og/site.${SHARE_IMAGE_EXTENSION}`;

/** The poster of an entry: 'posters/worthies/xiang-yu.jpg'. */
export function posterPath(collection: SectionCollection, id: string): string {
  return `posters/${SECTION_PATHS[collection]}/${id}.${SHARE_IMAGE_EXTENSION}`;
}

export const CITATION_FORMATS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

/** A citation download of an entry: 'cite/worthies/xiang-yu.bib'. */
export function citationPath(collection: SectionCollection, id: string, format: CitationFormat): string {
  return `cite/${SECTION_PATHS[collection]}/${id}.${format}`;
}

/**
 * The entry a page path may stand for: `/worthies/xiang-yu/` → worthies/xiang-yu. Whether there is
 * such an entry is for the archive to say; other paths (home, indexes, facets) give undefined.
 */
export function entryOfPage(
  pathname: string,
  base: string,
): { collection: SectionCollection; id: string } | undefined {
  const inside = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const segments = inside.split('/').filter(Boolean);
  if (segments.length !== 2) return undefined;
  const [folder, id] = segments as [string, string];
  const collection = Object.entries(SECTION_PATHS).find(([, path]) => path === folder)?.[0];
  return collection && isSectionCollection(collection) ? { collection, id } : undefined;
}
