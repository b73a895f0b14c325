/// <reference types="astro/client" />

type EntryImage = import('./data/view-types.ts').EntryImage;

declare namespace App {
  interface Locals {
    /** Images the entry being rendered declares, by key (portrait, cover, gallery.N), for <Figure> and <Gallery>. */
    entryImages?: Record<string, EntryImage>;
  }
}

declare module 'virtual:archive/search-config' {
  /** Characters that traditional → simplified folding changes. */
  export const foldableCharacters: string;
}
