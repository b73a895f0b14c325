/**
 * Data the search page's script needs from the build, as a virtual module: the characters that
 * folding to simplified would change, so the browser loads the OpenCC converter (about 52 KB) only
 * for queries that contain one.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { Plugin } from 'vite';
import { foldableCharacters } from '../../lib/search/prepare-page.ts';

const MODULE_ID = 'virtual:archive/search-config';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * The code points as gaps from the previous one in base 36 (3,600 characters: about 2 KB gzipped
 * instead of 8 KB as text, since the gaps are small and repeat).
 */
export function encodeCodePoints(characters: Iterable<string>): string {
  const points = Array.from(characters, (c) => c.codePointAt(0) ?? 0).sort((a, b) => a - b);
  return points.map((point, index) => (point - (points[index - 1] ?? 0)).toString(36)).join(',');
}

export function decodeCodePoints(encoded: string): string {
  let point = 0;
  return encoded
    .split(',')
    .filter(Boolean)
    .map((gap) => String.fromCodePoint((point += parseInt(gap, 36))))
    .join('');
}

export function searchConfigPlugin(): Plugin {
  return {
    name: 'archive-search-config',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const encoded = encodeCodePoints(foldableCharacters(OpenCC.Converter({ from: 'tw', to: 'cn' })));
      return `const decode = ${decodeCodePoints.toString()};
export const foldableCharacters = decode(${JSON.stringify(encoded)});`;
    },
  };
}
