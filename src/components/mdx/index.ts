import Aside from './Aside.astro';
import Quote from './Quote.astro';

/**
 * Components an MDX entry may use without importing anything; the MDX safety gate allows these
 * names and nothing else.
 */
export const mdxComponents = { Aside, Quote };
