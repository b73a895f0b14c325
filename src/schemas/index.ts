import type { z } from 'astro/zod';
import { eventSchema } from './event.ts';
import { giftSchema } from './gift.ts';
import type { CollectionName, SchemaHelpers } from './helpers.ts';
import { heritageSchema } from './heritage.ts';
import { placeSchema } from './place.ts';
import { seriesSchema } from './series.ts';
import { sourceRecordSchema } from './source.ts';
import { studySchema } from './study.ts';
import { worthySchema } from './worthy.ts';

export type { CollectionName, SchemaHelpers } from './helpers.ts';

/** Where each collection lives under `content/` and which files it reads. */
export const COLLECTION_FILES = {
  worthies: { folder: 'worthies', extension: 'mdx' },
  places: { folder: 'places', extension: 'yaml' },
  heritage: { folder: 'heritage', extension: 'mdx' },
  series: { folder: 'series', extension: 'yaml' },
  studies: { folder: 'studies', extension: 'mdx' },
  gifts: { folder: 'gifts', extension: 'mdx' },
  events: { folder: 'events', extension: 'yaml' },
} as const satisfies Record<Exclude<CollectionName, 'bibliography'>, unknown>;

/** The bibliography is one YAML file keyed by source id. */
export const BIBLIOGRAPHY_FILE = 'bibliography.yaml';

/** Every collection's schema, built with the host's `image()` and `reference()`. */
export function collectionSchemas<I extends z.ZodType, R extends z.ZodType>(h: SchemaHelpers<I, R>) {
  return {
    worthies: worthySchema(h),
    places: placeSchema(h),
    heritage: heritageSchema(h),
    series: seriesSchema(h),
    studies: studySchema(h),
    gifts: giftSchema(h),
    events: eventSchema(h),
    bibliography: sourceRecordSchema,
  };
}
