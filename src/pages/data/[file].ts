import type { APIContext } from 'astro';
import { getArchive } from '../../views/archive.ts';
import { dataFiles, type DataFile } from '../../views/open-data-view.ts';

/**
 * data/worthies.json, data/places.json, …: every published entry of a collection; and their twins
 * for spreadsheets, data/worthies.csv, … (UTF-8 with BOM, RFC 4180).
 */
export async function getStaticPaths() {
  return dataFiles(await getArchive()).map((file) => ({ params: { file: file.file }, props: { file } }));
}

export function GET({ props }: APIContext<{ file: DataFile }>) {
  const { file } = props;
  return new Response(file.body, { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } });
}
