import type { APIContext } from 'astro';
import { getArchive } from '../../views/archive.ts';
import { dataFiles } from '../../views/open-data-view.ts';
import { DATASET_NAMES } from '../../lib/open-data-records.ts';

/** data/worthies.csv, …: the JSON files' twins for spreadsheets (UTF-8 with BOM, RFC 4180). */
export function getStaticPaths() {
  return DATASET_NAMES.map((name) => ({ params: { name } }));
}

export async function GET({ params }: APIContext) {
  const file = dataFiles(await getArchive()).find((f) => f.name === params['name'] && f.format === 'csv');
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
