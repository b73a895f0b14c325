/**
 * Which link addresses contributed text may carry. An allow-list, not a block-list: browsers ignore
 * tabs, line breaks and control characters inside a scheme (`java\tscript:` runs), so the scheme
 * is read the way a browser reads it and only the web's own schemes are let through.
 */
const WEB_SCHEMES = new Set(['http', 'https']);
const LINK_SCHEMES = new Set([...WEB_SCHEMES, 'mailto']);

/** The scheme a browser would see, lower-cased (`undefined` for a relative address). */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** A link in a body or description: a web or mail address, or an address on this site. */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || LINK_SCHEMES.has(scheme);
}

/** A field that must be a page on the web. */
export function isWebUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme !== undefined && WEB_SCHEMES.has(scheme) && url.trim() === url;
}
