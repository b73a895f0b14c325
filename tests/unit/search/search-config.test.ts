import { describe, expect, it } from 'vitest';
import {
  decodeCodePoints,
  encodeCodePoints,
  searchConfigPlugin,
} from '../../../src/integrations/search/search-config.ts';

describe('the foldable-character table sent to the browser', () => {
  it.each([
    ['a few characters, out of order', '駱項遷', '遷項駱'],
    ['characters beyond the Basic Multilingual Plane', '𠀀㐀', '㐀𠀀'],
    ['nothing', '', ''],
  ])('round-trips %s in code point order', (_, characters, expected) => {
    expect(decodeCodePoints(encodeCodePoints(characters))).toBe(expected);
  });

  it('is a module the browser can run, holding 項 and not 项', async () => {
    const plugin = searchConfigPlugin();
    const load = plugin.load as (id: string) => string;
    const code = load('\0virtual:archive/search-config');
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      foldableCharacters: string;
    };
    expect(module.foldableCharacters).toContain('項');
    expect(module.foldableCharacters).not.toContain('项');
    expect(code.length).toBeLessThan(12_000);
  });
});
