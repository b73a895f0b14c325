/**
 * A build cache kept between builds in Astro's cacheDir: files named by the hash of everything
 * that decides them, so a file found there is right as it is. Each build marks the files it uses;
 * those no build has used for a month are deleted, so that a cache does not grow forever (other
 * builds sharing the folder mark theirs).
 */
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const UNUSED_FOR = 30 * 24 * 60 * 60 * 1000;

export class CacheFolder {
  readonly #folder: string;
  readonly #now = new Date();

  constructor(folder: string) {
    this.#folder = folder;
    mkdirSync(folder, { recursive: true });
  }

  /** Where the cached file `name` is, or goes. */
  path(name: string): string {
    return join(this.#folder, name);
  }

  /** Whether `name` is cached; marks it as used by this build when it is. */
  has(name: string): boolean {
    const file = this.path(name);
    if (!existsSync(file)) return false;
    utimesSync(file, this.#now, this.#now);
    return true;
  }

  /** Deletes the files no build has used for a month. */
  prune(): void {
    for (const name of readdirSync(this.#folder)) {
      const file = this.path(name);
      if (this.#now.getTime() - statSync(file).mtimeMs > UNUSED_FOR) unlinkSync(file);
    }
  }
}
