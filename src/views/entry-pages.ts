/**
 * The entry pages' getStaticPaths, with their keys for the incremental build.
 */
import type { CollectionEntry } from 'astro:content';
import type { SectionCollection } from '../lib/urls.ts';
import { getArchive, type Archive } from './archive.ts';
import { citationOf } from './citation-view.ts';
import { digestOf, pageKey } from './page-keys.ts';
import { searchFields, type SearchFields } from './search-view.ts';

/**
 * getStaticPaths of a section's entry pages: one page per published entry, with its search fields.
 * `view` works out, from the entry and the archive, everything else the page shows; the page
 * receives it as the `view` prop and never asks the archive itself (`const { entry, view } = Astro.props as
 * EntryPageProps<'worthies', WorthyPageView>`). A page is then a function of its props, so their
 * digest is its key for the incremental build (./page-keys.ts): an edit re-renders the pages that
 * show it, and every other page is copied from the last build.
 */
export async function entryPaths<C extends SectionCollection, V>(
  collection: C,
  view: (entry: CollectionEntry<C>, archive: Archive) => V,
) {
  const archive = await getArchive();
  // Wiki links in a body are resolved when Astro compiles it, against every entry's names.
  const links = digestOf(archive.names);
  return (archive[collection] as CollectionEntry<C>[]).map((entry) => {
    const props = { entry, search: searchFields(entry, archive), view: view(entry, archive) };
    // The citation block and the "last updated" line read the file's history and the build's day.
    const cacheKey = pageKey([links, citationOf(entry), props]);
    return { params: { id: entry.id }, props, cacheKey };
  });
}

export interface EntryPageProps<C extends SectionCollection, V = undefined> {
  entry: CollectionEntry<C>;
  /** What the page tells the search index (./search-view.ts). */
  search: SearchFields;
  view: V;
}
