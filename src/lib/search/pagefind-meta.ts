/** Reading and rewriting Pagefind's decompressed metadata file (`pagefind_dcd` + CBOR). */
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';

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

/**
 * Gives every page a short id instead of its content hash: `<set>/<position in base 36>`.
 *
 * The browser downloads this file before any result, and at 10,000 pages the page hashes were
 * half of it (a random 7-hex-digit hash per page does not compress; counting numbers do). A
 * fragment's address must still change whenever its content does, because `pagefind/` is cached
 * for a long time: `set` must be a digest of the original metadata, which holds every page's
 * content hash. Pages kept in a fragment group (the third field) are looked up by hash inside
 * the group's file and keep theirs.
 */
export function shortenPageIds(decompressedMeta: Uint8Array, set: string): RenamedPages {
  const meta = readMeta(decompressedMeta);
  const original = decompressedMeta.subarray(signatureBytes.length);
  const again = encodeCbor(meta);
  // Rewriting is safe only if writing the file back unchanged gives the same bytes.
  if (again.length !== original.length || again.some((byte, i) => byte !== original[i]))
    throw new Error('Pagefind 元数据的编码方式变了，无法改写，请检查 Pagefind 版本');
  const pages = meta[1];
  if (!Array.isArray(pages)) throw new Error('Pagefind 元数据里没有页面表，请检查 Pagefind 版本');
  const renamed: [string, string][] = [];
  pages.forEach((page, position) => {
    const [hash, , group] = Array.isArray(page) ? page : [];
    if (!Array.isArray(page) || typeof hash !== 'string')
      throw new Error('Pagefind 页面表的格式变了，请检查 Pagefind 版本');
    if (group) return;
    const id = `${set}/${position.toString(36)}`;
    page[0] = id;
    renamed.push([hash, id]);
  });
  const body = encodeCbor(meta);
  const bytes = new Uint8Array(signatureBytes.length + body.length);
  bytes.set(signatureBytes);
  bytes.set(body, signatureBytes.length);
  return { meta: bytes, renamed };
}
