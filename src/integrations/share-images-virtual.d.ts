/** Set by the share-images integration (./index.ts). */
declare module 'virtual:xiangxian/share-images' {
  /** Folder of cached PNGs, inside Astro's cacheDir. */
  export const cacheDir: string;
  /** The project's root folder, where node_modules is. */
  export const root: string;
}
