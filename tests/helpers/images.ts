/** Reading the PNGs the build produces: their size, and the QR code they carry. */
import decodeQR from '@paulmillr/qr/decode.js';
import sharp from 'sharp';

/** Width and height from the PNG header (IHDR), without decoding the image. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The text of the QR code in a raster image (the whole image is searched, not a crop). */
export async function decodePngQr(png: Buffer): Promise<string> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return decodeQR({ width: info.width, height: info.height, data }, { cropToSquare: false });
}
