/**
 * The collection schemas as the stand-alone checker uses them: `reference()` and `image()` become
 * plain markers that later checks resolve against the whole archive and the file system.
 */
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../../schemas/index.ts';

/** A reference as written, waiting to be resolved. */
export interface ReferenceMarker {
  $ref: CollectionName;
  id: string;
}

/** An image path as written, relative to the entry's file. */
export interface ImageMarker {
  $image: string;
}

const reference = (collection: CollectionName) =>
  z
    .string({ error: '这里应写另一条目的文件名（不带扩展名），如 xiang-yu。' })
    .trim()
    .min(1)
    .transform((id): ReferenceMarker => ({ $ref: collection, id }));

const image = () =>
  z
    .string({ error: '这里应写图片文件的路径，如 ./xiang-yu/portrait.jpg。' })
    .trim()
    .min(1)
    .transform((src): ImageMarker => ({ $image: src }));

export const checkerSchemas = collectionSchemas({ image, reference });

export function isReference(value: unknown): value is ReferenceMarker {
  return typeof value === 'object' && value !== null && '$ref' in value && 'id' in value;
}

export function isImage(value: unknown): value is ImageMarker {
  return typeof value === 'object' && value !== null && '$image' in value;
}

/** Every marker inside parsed data, with its field path. */
export function collectMarkers(
  value: unknown,
  path: (string | number)[] = [],
  found: {
    references: [ReferenceMarker, (string | number)[]][];
    images: [ImageMarker, (string | number)[]][];
  } = {
    references: [],
    images: [],
  },
) {
  if (isReference(value)) found.references.push([value, path]);
  else if (isImage(value)) found.images.push([value, path]);
  else if (Array.isArray(value))
    value.forEach((item, index) => collectMarkers(item, [...path, index], found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) collectMarkers(item, [...path, key], found);
  }
  return found;
}
