/**
 * Published images carry no EXIF, GPS, XMP or IPTC data. Astro's optimised variants are already
 * clean, but it also emits the original file of every imported image; any image in the output that
 * still holds metadata is re-encoded here (turned upright first, so orientation is not lost).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const RASTER = /\.(jpe?g|png|webp|avif|tiff?)$/i;

export async function stripImageMetadata(outDir: string): Promise<string[]> {
  const cleaned: string[] = [];
  for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!RASTER.test(name)) continue;
    const path = join(outDir, name);
    // From the file, libvips reads the header only: tens of thousands of share images cost little.
    const metadata = await sharp(path).metadata();
    if (!metadata.exif && !metadata.xmp && !metadata.iptc) continue;
    const input = readFileSync(path);
    const format = metadata.format === 'heif' ? 'avif' : metadata.format;
    // `rotate()` applies the EXIF orientation; the re-encode keeps no metadata by default.
    const output = await sharp(input).rotate().toFormat(format, { quality: 90 }).toBuffer();
    writeFileSync(path, output);
    cleaned.push(name);
  }
  return cleaned;
}
