/** Which share images an entry has in this build (see entryShareImages in settings.ts). */
import { entryShareImages } from '../settings.ts';
import { cardPath, hasPoster, posterPath, SITE_CARD_PATH } from '../lib/share-paths.ts';
import { withBase, type SectionCollection } from '../lib/urls.ts';

/** The share card of an entry's page, or the site's when entry images are left out. */
export function entryCard(collection: SectionCollection, id: string): string {
  return entryShareImages() ? cardPath(collection, id) : SITE_CARD_PATH;
}

/** The address of an entry's poster under `base`, if its collection has posters and entry images are drawn. */
export function entryPoster(collection: SectionCollection, id: string, base: string): string | undefined {
  return entryShareImages() && hasPoster(collection) ? withBase(base, posterPath(collection, id)) : undefined;
}
