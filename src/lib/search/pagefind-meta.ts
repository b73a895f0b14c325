/** Reading and rewriting Pagefind's decompressed metadata file (`pagefind_dcd` + CBOR). */
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';
import type { FilterIndex } from './facet-table.ts';

const SIGNATURE = 'pagefind_dcd';
const signatureBytes = new TextEncoder().encode(SIGNATURE);

/** `[version, pages, chunks, …]`: pages are `[hash, word count, fragment group]`. */
function readMeta(decompressedMeta: Uint8Array): CborValue[] {
  const signature = new TextDecoder().decode(decompressedMeta.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE)
    throw new Error(`Pagefind 元数据格式变了（缺少 ${SIGNATURE}），请检查 Pagefind 版本`);
  const meta = decodeCbor(decompressedMeta.subarray(SIGNATURE.length));
  if (!Array.isArray(meta)) throw new Error('Pagefind 元数据不是列表，请检查 Pagefind 版本');
  return meta;
}

/** Page ids in Pagefind's order, and each filter's name with the hash of its index file. */
export function pagesAndFilters(decompressedMeta: Uint8Array): {
  pageIds: string[];
  filterFiles: [name: string, hash: string][];
} {
  const meta = readMeta(decompressedMeta);
  const [, pages, , filters] = meta;
  if (!Array.isArray(pages) || !Array.isArray(filters))
    throw new Error('Pagefind 元数据里没有页面表或筛选表，请检查 Pagefind 版本');
  const pageIds = pages.map((page) => (Array.isArray(page) ? page[0] : undefined));
  const filterFiles = filters.map((filter) => (Array.isArray(filter) ? filter.slice(0, 2) : []));
  const named = (filter: CborValue[]): filter is [string, string] =>
    typeof filter[0] === 'string' && typeof filter[1] === 'string';
  if (pageIds.some((id) => typeof id !== 'string') || !filterFiles.every(named))
    throw new Error('Pagefind 页面表或筛选表的格式变了，请检查 Pagefind 版本');
  return { pageIds: pageIds as string[], filterFiles };
}

/** A decompressed filter index file: `[name, [[value, [page, …]], …]]`. */
export function readFilterIndex(decompressed: Uint8Array): FilterIndex {
  const signature = new TextDecoder().decode(decompressed.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE)
    throw new Error(`Pagefind 筛选索引格式变了（缺少 ${SIGNATURE}），请检查 Pagefind 版本`);
  const index = decodeCbor(decompressed.subarray(SIGNATURE.length));
  const [name, values] = Array.isArray(index) ? index : [];
  const wellFormed =
    typeof name === 'string' &&
    Array.isArray(values) &&
    values.every(
      (entry) =>
        Array.isArray(entry) &&
        typeof entry[0] === 'string' &&
        Array.isArray(entry[1]) &&
        entry[1].every((page) => typeof page === 'number'),
    );
  if (!wellFormed) throw new Error('Pagefind 筛选索引的格式变了，请检查 Pagefind 版本');
  return [name, values as [string, number[]][]];
}

/** The first word of every index chunk, in order: `[version, pages, [[from, to, hash], …], …]`. */
export function chunkStarts(decompressedMeta: Uint8Array): string[] {
  const chunks = readMeta(decompressedMeta)[2];
  if (!Array.isArray(chunks)) throw new Error('Pagefind 元数据里没有索引分块表，请检查 Pagefind 版本');
  return chunks.map((chunk) => {
    const from = Array.isArray(chunk) ? chunk[0] : undefined;
    if (typeof from !== 'string') throw new Error('Pagefind 索引分块表的格式变了，请检查 Pagefind 版本');
    return from;
  });
}

export interface RenamedPages {
  meta: Uint8Array;
  /** `[old, new]` for every page whose fragment file must be renamed to match. */
  renamed: [string, string][];
}

/** Pages whose ids share one set name; see `shortenPageIds`. */
export const PAGES_PER_SET = 256;

/**
 * Gives every page a short id instead of its content hash: `<set>/<n>`, with `n` its place within
 * a run of `PAGES_PER_SET` pages, in base 36.
 *
 * The browser downloads this file before any result, and at 10,000 pages the page hashes were
 * half of it (a random 7-hex-digit hash per page does not compress; counting numbers do). A
 * fragment's address must still change whenever its content does, because `pagefind/` is cached
 * for a long time: `nameSet` must return a digest of the content hashes of the run's pages. An
 * edited page then gives new addresses to the pages of its run only, so a deploy uploads those
 * fragments again, not all of them. Pages kept in a fragment group (the third field) are looked
 * up by hash inside the group's file and keep theirs.
 */
export function shortenPageIds(
  decompressedMeta: Uint8Array,
  nameSet: (pageHashes: string[]) => string,
): RenamedPages {
  const meta = readMeta(decompressedMeta);
  const original = decompressedMeta.subarray(signatureBytes.length);
  const again = encodeCbor(meta);
  // Rewriting is safe only if writing the file back unchanged gives the same bytes.
  if (again.length !== original.length || again.some((byte, i) => byte !== original[i]))
    throw new Error('Pagefind 元数据的编码方式变了，无法改写，请检查 Pagefind 版本');
  const pages = meta[1];
  if (!Array.isArray(pages)) throw new Error('Pagefind 元数据里没有页面表，请检查 Pagefind 版本');
  const rows = pages.map((page) => {
    const [hash, , group] = Array.isArray(page) ? page : [];
    if (!Array.isArray(page) || typeof hash !== 'string')
      throw new Error('Pagefind 页面表的格式变了，请检查 Pagefind 版本');
    return { page, hash, grouped: Boolean(group) };
  });
  const renamed: [string, string][] = [];
  for (let first = 0; first < rows.length; first += PAGES_PER_SET) {
    const run = rows.slice(first, first + PAGES_PER_SET);
    const set = nameSet(run.map((row) => row.hash));
    run.forEach((row, place) => {
      if (row.grouped) return;
      const id = `${set}/${place.toString(36)}`;
      row.page[0] = id;
      renamed.push([row.hash, id]);
    });
  }
  const body = encodeCbor(meta);
  const bytes = new Uint8Array(signatureBytes.length + body.length);
  bytes.set(signatureBytes);
  bytes.set(body, signatureBytes.length);
  return { meta: bytes, renamed };
}
