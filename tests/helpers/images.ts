/** Reading the images the build produces (JPEG share images, PNGs): their size, and the QR code they carry. */
import decodeQR from '@paulmillr/qr/decode.js';
import sharp from 'sharp';

/** Width and height from a PNG header (IHDR) or a JPEG frame header (SOFn), without decoding. */
export function imageSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.toString('latin1', 1, 4) === 'PNG') {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('neither PNG nor JPEG');
  for (let at = 2; at + 9 < bytes.length;) {
    if (bytes[at] !== 0xff) throw new Error(`JPEG: no marker at ${at}`);
    const marker = bytes[at + 1] ?? 0;
    // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) };
    }
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  throw new Error('JPEG: no frame header');
}

/** Whether the bytes are a JPEG file (SOI marker). */
export function isJpeg(bytes: Buffer): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** The text of the QR code in a raster image (the whole image is searched, not a crop). */
export async function decodeQr(image: Buffer): Promise<string> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return decodeQR({ width: info.width, height: info.height, data }, { cropToSquare: false });
}
