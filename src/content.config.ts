import { defineCollection, reference, type SchemaContext } from 'astro:content';
import type { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { contentDir } from './settings.ts';
import { eventSchema } from './schemas/event.ts';
import { giftSchema } from './schemas/gift.ts';
import { heritageSchema } from './schemas/heritage.ts';
import { BIBLIOGRAPHY_FILE, COLLECTION_FILES } from './schemas/index.ts';
import { placeSchema } from './schemas/place.ts';
import { seriesSchema } from './schemas/series.ts';
import { sourceRecordSchema } from './schemas/source.ts';
import { studySchema } from './schemas/study.ts';
import { worthySchema } from './schemas/worthy.ts';

/**
 * Collections read `content/` (or the folder in ARCHIVE_CONTENT_DIR, for fixture sites and
 * benchmarks). Files whose names start with `_` are left out, so templates can sit beside entries.
 * Checks beyond the schemas (references, aliases, relations, MDX safety) run before this, in the
 * archive-check integration, with messages in Chinese.
 */
function entries<Schema extends z.ZodType>(
  name: keyof typeof COLLECTION_FILES,
  schema: (context: SchemaContext) => Schema,
) {
  const { folder, extension } = COLLECTION_FILES[name];
  return defineCollection({
    loader: glob({
      // Files or folders whose names start with `_` hold drafts of notes and templates, never pages.
      pattern: [`**/[^_]*.${extension}`, '!**/_*/**'],
      base: `${contentDir()}/${folder}`,
      // The file name is the id, wherever the file sits, so subfolders never change a page's address.
      generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1).replace(/\.[^.]+$/, ''),
    }),
    schema,
  });
}

export const collections = {
  worthies: entries('worthies', ({ image }) => worthySchema({ image, reference })),
  places: entries('places', ({ image }) => placeSchema({ image, reference })),
  heritage: entries('heritage', ({ image }) => heritageSchema({ image, reference })),
  series: entries('series', ({ image }) => seriesSchema({ image, reference })),
  studies: entries('studies', ({ image }) => studySchema({ image, reference })),
  gifts: entries('gifts', ({ image }) => giftSchema({ image, reference })),
  events: entries('events', ({ image }) => eventSchema({ image, reference })),
  bibliography: defineCollection({
    loader: file(`${contentDir()}/${BIBLIOGRAPHY_FILE}`),
    schema: sourceRecordSchema,
  }),
};
