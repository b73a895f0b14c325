/// <reference types="astro/client" />

declare module 'virtual:archive/search-config' {
  /** Characters that traditional → simplified folding changes. */
  export const foldableCharacters: string;
}
