/**
 * Data the search page's script needs from the build, as a virtual module: the characters that
 * folding to simplified would change, so the browser loads the OpenCC converter (about 52 KB) only
 * for queries that contain one.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:archive/search-config';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** Every character in the CJK blocks that traditional → simplified folding changes. */
export function foldableCharacters(): string {
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  let characters = '';
  const ranges: [number, number][] = [
    [0x3400, 0x9fff],
    [0xf900, 0xfaff],
  ];
  for (const [from, to] of ranges) {
    for (let point = from; point <= to; point++) {
      const character = String.fromCodePoint(point);
      if (toSimplified(character) !== character) characters += character;
    }
  }
  return characters;
}

export function searchConfigPlugin(): Plugin {
  return {
    name: 'archive-search-config',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export const foldableCharacters = ${JSON.stringify(foldableCharacters())};`;
    },
  };
}
