import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../src/lib/image-size.ts';

async function encoded(
  format: 'png' | 'jpeg' | 'webp' | 'gif',
  width: number,
  height: number,
): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#804020' } })
    .toFormat(format)
    .toBuffer();
}

describe('readImageSize', () => {
  it.each(['png', 'jpeg', 'webp', 'gif'] as const)('reads the dimensions of a %s', async (format) => {
    expect(readImageSize(await encoded(format, 321, 123))).toEqual({ width: 321, height: 123 });
  });

  it('reads a JPEG whose dimensions come after an EXIF block', async () => {
    const jpeg = await sharp({ create: { width: 50, height: 70, channels: 3, background: '#000' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'x'.repeat(2000) } })
      .toBuffer();
    expect(readImageSize(jpeg)).toEqual({ width: 50, height: 70 });
  });

  it('reads lossless and extended WebP', async () => {
    const lossless = await sharp({ create: { width: 17, height: 9, channels: 4, background: '#0000' } })
      .webp({ lossless: true })
      .toBuffer();
    expect(readImageSize(lossless)).toEqual({ width: 17, height: 9 });
  });

  it('returns undefined for what it cannot read', () => {
    expect(readImageSize(new TextEncoder().encode('not an image at all'))).toBeUndefined();
  });
});
