/**
 * Limits on contributed files. Each guards the build against one way a file can exhaust it: a
 * huge text, an image that decodes to gigabytes, Markdown nested so deep that a recursive parser
 * overflows its stack, YAML aliases that expand exponentially. The site settings hold the values.
 */
export interface ContentLimits {
  /** Largest entry file (MDX or YAML), in bytes. */
  entryBytes: number;
  /** Largest image file, in bytes. */
  imageBytes: number;
  /** Longest side of an image, in pixels. */
  imageSide: number;
  /** Most pixels in an image (width × height), whatever its file size: a decompression bomb is small on disk. */
  imagePixels: number;
  /** Deepest nesting of quotes, lists, brackets or tags in a text. */
  nesting: number;
  /** Most YAML aliases (`*name`) in one file. */
  yamlAliases: number;
}

export const DEFAULT_LIMITS: ContentLimits = {
  entryBytes: 2 * 1024 * 1024,
  imageBytes: 8 * 1024 * 1024,
  imageSide: 6000,
  imagePixels: 25_000_000,
  nesting: 32,
  yamlAliases: 100,
};

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr']);

/**
 * How deeply a Markdown or MDX text nests, found in one pass without parsing (the parsers recurse,
 * so this must run before them): block quotes and list markers at the start of a line, open
 * brackets and parentheses, and open tags. Returns the deepest level and the line it is on.
 */
export function measureNesting(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let brackets = 0;
  let tags = 0;
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber++;
    // Links and emphasis never run past a paragraph, so an unmatched bracket stops counting there.
    if (line.trim() === '') brackets = 0;
    const containers = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(line)?.[0] ?? '';
    const markers = containers.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    const indent = /^[ \t]*/.exec(line)?.[0].replaceAll('\t', '    ').length ?? 0;
    let lineDeepest = Math.max(markers, Math.floor(indent / 2));
    for (const match of line.matchAll(/[[(]|[\])]|<(\/?)([A-Za-z][\w.-]*)(:?)|\/>/g)) {
      const [token, closing, name, colon] = match;
      if (token === '[' || token === '(') brackets++;
      else if (token === ']' || token === ')') brackets = Math.max(0, brackets - 1);
      else if (token === '/>' || closing) tags = Math.max(0, tags - 1);
      // An address in angle brackets (<https://…>) and elements without content open nothing.
      else if (!colon && !VOID_ELEMENTS.has(name?.toLowerCase() ?? '')) tags++;
      lineDeepest = Math.max(lineDeepest, brackets, tags);
    }
    if (lineDeepest > deepest.depth) deepest = { depth: lineDeepest, line: lineNumber };
  }
  return deepest;
}
