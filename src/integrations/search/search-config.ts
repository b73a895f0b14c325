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

export function searchConfigPlugin(): Plugin {
  return {
    name: 'archive-search-config',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const characters = [...foldableCharacters(OpenCC.Converter({ from: 'tw', to: 'cn' }))].join('');
      return `export const foldableCharacters = ${JSON.stringify(characters)};`;
    },
  };
}
