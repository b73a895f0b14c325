import type { APIRoute } from 'astro';
import { getArchive, hrefOf, titleOf } from '../views/archive.ts';
import { searchFields } from '../views/search-view.ts';
import { homophoneTable } from '../lib/search/homophones.ts';
import type { SearchName, SuggestData } from '../lib/search/suggest.ts';

/**
 * Names, titles and their pinyin, and the homophones of their syllables, for the search page's
 * "是不是要找" suggestions. Fetched only when a search finds partial matches or nothing.
 */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const entries = archive.pageEntries;
  const spoken: string[] = [];
  const names: SearchName[] = entries.map((entry) => {
    const fields = searchFields(entry, archive);
    spoken.push(...fields.names);
    return { name: titleOf(entry), pinyin: fields.pinyin, url: hrefOf(entry), type: fields.type };
  });
  const data: SuggestData = { names, sounds: homophoneTable(spoken) };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
