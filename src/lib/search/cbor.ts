/**
 * A minimal CBOR reader (RFC 8949): enough to read Pagefind's metadata file at build time
 * (arrays, maps, strings, byte strings, integers, simple values), nothing more.
 */

export type CborValue =
  | number
  | bigint
  | string
  | Uint8Array
  | boolean
  | null
  | undefined
  | CborValue[]
  | Map<CborValue, CborValue>;

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let offset = 0;

  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(offset++);
    if (info === 25) return ((offset += 2), view.getUint16(offset - 2));
    if (info === 26) return ((offset += 4), view.getUint32(offset - 4));
    if (info === 27) return ((offset += 8), Number(view.getBigUint64(offset - 8)));
    throw new Error(`CBOR: unsupported length encoding ${info}`);
  };

  const read = (): CborValue => {
    const initial = view.getUint8(offset++);
    const major = initial >> 5;
    const info = initial & 0x1f;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2: {
        const size = length(info);
        offset += size;
        return bytes.subarray(offset - size, offset);
      }
      case 3: {
        const size = length(info);
        offset += size;
        return decoder.decode(bytes.subarray(offset - size, offset));
      }
      case 4:
        return Array.from({ length: length(info) }, () => read());
      case 5: {
        const map = new Map<CborValue, CborValue>();
        const size = length(info);
        for (let i = 0; i < size; i++) map.set(read(), read());
        return map;
      }
      case 6:
        length(info);
        return read();
      default:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        throw new Error(`CBOR: unsupported simple value ${info}`);
    }
  };
  return read();
}

/**
 * Writes what `decodeCbor` reads, in the shortest encoding of every length (as Pagefind writes
 * it), so that `encodeCbor(decodeCbor(bytes))` gives back the same bytes.
 */
export function encodeCbor(value: CborValue): Uint8Array {
  const parts: number[] = [];
  const encoder = new TextEncoder();
  const head = (major: number, size: number) => {
    const tag = major << 5;
    if (size < 24) parts.push(tag | size);
    else if (size < 0x100) parts.push(tag | 24, size);
    else if (size < 0x10000) parts.push(tag | 25, size >> 8, size & 0xff);
    else if (size < 0x100000000)
      parts.push(tag | 26, (size >>> 24) & 0xff, (size >> 16) & 0xff, (size >> 8) & 0xff, size & 0xff);
    else {
      const big = BigInt(size);
      parts.push(tag | 27);
      for (let shift = 56n; shift >= 0n; shift -= 8n) parts.push(Number((big >> shift) & 0xffn));
    }
  };
  const write = (item: CborValue): void => {
    if (typeof item === 'number' || typeof item === 'bigint') {
      const number = Number(item);
      if (!Number.isSafeInteger(number)) throw new Error(`CBOR: cannot write ${number}`);
      if (number >= 0) head(0, number);
      else head(1, -1 - number);
    } else if (typeof item === 'string') {
      const bytes = encoder.encode(item);
      head(3, bytes.length);
      for (const byte of bytes) parts.push(byte);
    } else if (item instanceof Uint8Array) {
      head(2, item.length);
      for (const byte of item) parts.push(byte);
    } else if (Array.isArray(item)) {
      head(4, item.length);
      item.forEach(write);
    } else if (item instanceof Map) {
      head(5, item.size);
      for (const [key, entry] of item) {
        write(key);
        write(entry);
      }
    } else if (item === false) parts.push(0xf4);
    else if (item === true) parts.push(0xf5);
    else if (item === null) parts.push(0xf6);
    else parts.push(0xf7);
  };
  write(value);
  return Uint8Array.from(parts);
}
