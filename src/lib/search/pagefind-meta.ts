/** Reading Pagefind's decompressed metadata file (`pagefind_dcd` + CBOR) for the chunk table. */
import { decodeCbor } from './cbor.ts';

const SIGNATURE = 'pagefind_dcd';

/** The first word of every index chunk, in order: `[version, pages, [[from, to, hash], …], …]`. */
export function chunkStarts(decompressedMeta: Uint8Array): string[] {
  const signature = new TextDecoder().decode(decompressedMeta.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE)
    throw new Error(`Pagefind 元数据格式变了（缺少 ${SIGNATURE}），请检查 Pagefind 版本`);
  const meta = decodeCbor(decompressedMeta.subarray(SIGNATURE.length));
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks)) throw new Error('Pagefind 元数据里没有索引分块表，请检查 Pagefind 版本');
  return chunks.map((chunk) => {
    const from = Array.isArray(chunk) ? chunk[0] : undefined;
    if (typeof from !== 'string') throw new Error('Pagefind 索引分块表的格式变了，请检查 Pagefind 版本');
    return from;
  });
}
