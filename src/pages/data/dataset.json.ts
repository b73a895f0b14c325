import { getArchive } from '../../views/archive.ts';
import { datasetDescription } from '../../views/open-data-view.ts';

/** data/dataset.json: the schema.org Dataset that describes the open-data files. */
export async function GET() {
  const body = `${JSON.stringify(datasetDescription(await getArchive()), null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
}
