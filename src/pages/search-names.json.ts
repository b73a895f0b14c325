import type { APIRoute } from 'astro';
import { getArchive, hrefOf, titleOf } from '../views/archive.ts';
import { searchFields } from '../views/search-view.ts';
import type { SearchName } from '../lib/search/suggest.ts';

/**
 * Names, aliases and their pinyin for the search page's "是不是要找" suggestions. Fetched only
 * when a search finds nothing.
 */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const entries = [
    ...archive.worthies,
    ...archive.places,
    ...archive.heritage,
    ...archive.studies,
    ...archive.series,
    ...archive.gifts,
  ];
  const names: SearchName[] = entries.map((entry) => {
    const fields = searchFields(entry, archive);
    return { name: titleOf(entry), pinyin: fields.pinyin, url: hrefOf(entry), type: fields.type };
  });
  return new Response(JSON.stringify(names), { headers: { 'content-type': 'application/json' } });
};
