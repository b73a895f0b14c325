import type { EntryKey } from '../lib/mentions.ts';
import { hrefOf, titleOf, type Archive } from './archive.ts';

/** One line of a fact list: plain text, or links with optional text after each. */
export interface Fact {
  term: string;
  value:
    | string
    | {
        label: string;
        href?: string | undefined;
        after?: string | undefined;
        /** Number of the source in the page's numbered source list, shown as a note mark. */
        cite?: number | undefined;
      }[];
}

/** A declared image as pages receive it: optimised source plus its caption, credit and licence. */
export interface EntryImage {
  src: import('astro').ImageMetadata;
  alt: string;
  caption?: string | undefined;
  credit: string;
  license: string;
}

/** The images an entry declares, keyed as the Figure plugin names them. */
export function imagesOf(data: {
  portrait?: EntryImage | undefined;
  cover?: EntryImage | undefined;
  gallery?: EntryImage[] | undefined;
}): Record<string, EntryImage> {
  const images: Record<string, EntryImage> = {};
  if (data.portrait) images['portrait'] = data.portrait;
  if (data.cover) images['cover'] = data.cover;
  data.gallery?.forEach((image, index) => (images[`gallery.${index}`] = image));
  return images;
}

/** A fact linking to the published entries among `refs` (a heritage item's places); none if there are none. */
export function linkedEntriesFact(term: string, refs: readonly EntryKey[], archive: Archive): Fact[] {
  const entries = refs.map((ref) => archive.get(ref)).filter((entry) => entry !== undefined);
  return entries.length > 0
    ? [{ term, value: entries.map((entry) => ({ label: titleOf(entry), href: hrefOf(entry) })) }]
    : [];
}
