import type { z } from 'astro/zod';

/** Collections that entries may reference. */
export type CollectionName =
  'worthies' | 'places' | 'heritage' | 'series' | 'studies' | 'gifts' | 'events' | 'bibliography';

/**
 * What a schema needs from its host. Inside Astro these are `image()` from the schema context and
 * `reference()` from `astro:content`; the stand-alone checker passes plain strings and resolves
 * them itself, so the same schema validates in both places.
 */
export interface SchemaHelpers<Image extends z.ZodType, Reference extends z.ZodType> {
  image: () => Image;
  reference: (collection: CollectionName) => Reference;
}
