import type { APIContext } from 'astro';
import { getArchive } from '../../views/archive.ts';
import { dataFiles } from '../../views/open-data-view.ts';
import { DATASET_NAMES } from '../../lib/open-data-records.ts';

/** data/worthies.json, data/places.json, …: every published entry of a collection. */
export function getStaticPaths() {
  return DATASET_NAMES.map((name) => ({ params: { name } }));
}

export async function GET({ params }: APIContext) {
  const file = dataFiles(await getArchive()).find((f) => f.name === params['name'] && f.format === 'json');
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
