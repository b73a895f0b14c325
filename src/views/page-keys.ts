/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code
 * are the same as in the last build is copied from that build instead of rendered again. Astro
 * hashes the page's code and tracks the Markdown bodies it renders; the key must cover everything
 * else the page shows. Routes that return a key therefore receive all their data as props (they
 * never ask the archive themselves), and the key is the digest of those props plus what the build
 * reads from its environment (address, drafts, share images).
 */
import { createHash } from 'node:crypto';
import { entryShareImages, includeDrafts, siteAddress } from '../settings.ts';

/**
 * Digests of objects already seen. Archive entries are shared by many pages (a place is on every
 * map, a worthy in each relation's neighbourhood), so each is hashed once per build; the archive
 * is never changed once loaded, which is what makes keeping them by identity safe.
 */
const digests = new WeakMap<object, string>();

/** A digest of any JSON-like value (plus Date, URL, Map and Set), the same for equal values. */
export function digestOf(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Functions carry no data a page shows; undefined and functions are skipped like JSON does.
    return typeof value === 'function' || value === undefined ? '~' : JSON.stringify(value);
  }
  const known = digests.get(value);
  if (known) return known;
  const hash = createHash('sha1');
  if (value instanceof Date) hash.update(`date:${value.toISOString()}`);
  else if (value instanceof URL) hash.update(`url:${value.href}`);
  else if (value instanceof Map)
    for (const [k, v] of value) hash.update(`map:${digestOf(k)}=${digestOf(v)};`);
  else if (value instanceof Set) for (const v of value) hash.update(`set:${digestOf(v)};`);
  else if (Array.isArray(value)) for (const v of value) hash.update(`[${digestOf(v)},`);
  else for (const [k, v] of Object.entries(value)) hash.update(`${JSON.stringify(k)}:${digestOf(v)},`);
  // The brackets keep [] and {} (and an empty Map) apart.
  const digest = `${Array.isArray(value) ? '[' : '{'}${hash.digest('base64url')}`;
  digests.set(value, digest);
  return digest;
}

/** What the build reads from its environment that pages show (links, banners, share cards). */
function buildSettings(): string {
  return JSON.stringify([siteAddress(process.env), includeDrafts(), entryShareImages()]);
}

/** The incremental-build key of a page that is a function of `props` (and its code). */
export function pageKey(props: unknown): string {
  return createHash('sha1').update(buildSettings()).update(digestOf(props)).digest('base64url');
}
