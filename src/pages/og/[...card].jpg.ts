/** Share cards (og:image), 1200×630: one per entry page and one for the rest of the site. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImage, shareImagePaths } from '../../views/share-images.ts';

export const getStaticPaths = (async () =>
  (await shareImagePaths('og')).map(({ name, cacheKey }) => ({
    params: { card: name },
    cacheKey,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => shareImage(`og/${params['card'] ?? ''}.jpg`);
