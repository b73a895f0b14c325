/**
 * Noto Serif SC (SIL Open Font License 1.1) from the npm package @expo-google-fonts/noto-serif-sc,
 * cut down with subset-font to the characters the images draw. The full faces are 14 MiB each;
 * a subset of a few hundred characters is a few hundred KiB and parses in milliseconds.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { BOLD, FONT_FAMILY, REGULAR } from '../../lib/share-images/theme.ts';

/** The two weights the layouts use, by the file that holds each. */
export const FONT_FILES = {
  [REGULAR]: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  [BOLD]: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/**
 * The faces subset to `characters` (plus the digits and punctuation every layout may use). The
 * package is resolved from the project `root`, since this code runs from wherever Astro bundled it.
 */
export async function subsetFonts(characters: string, root: string): Promise<SatoriFont[]> {
  const require = createRequire(join(root, 'package.json'));
  const text = [...new Set(`${characters}0123456789·—…、，。：；（）`)].join('');
  return Promise.all(
    ([REGULAR, BOLD] as const).map(async (weight) => {
      const full = await readFile(require.resolve(FONT_FILES[weight]));
      const data = await subsetFont(full, text, { targetFormat: 'truetype' });
      return { name: FONT_FAMILY, data, weight, style: 'normal' as const };
    }),
  );
}
