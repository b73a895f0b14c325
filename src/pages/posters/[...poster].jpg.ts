/** Posters (海报), 1080×1920, for worthies and gifts: to send in a chat or print. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImage, shareImagePaths } from '../../views/share-images.ts';

export const getStaticPaths = (async () =>
  (await shareImagePaths('posters')).map(({ name, cacheKey }) => ({
    params: { poster: name },
    cacheKey,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => shareImage(`posters/${params['poster'] ?? ''}.jpg`);
