import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EraRecord } from '../../../src/lib/dates/date-types.ts';

const file = new URL('../../../src/lib/dates/eras.json', import.meta.url);
const text = readFileSync(file, 'utf8');
const data = JSON.parse(text) as { source: string; licence: string; eras: EraRecord[] };
const eras = data.eras;

/** Year arithmetic written out again here, so the data is not checked with the code under test. */
function span(from: number, to: number): number {
  return to - from - (from < 0 && to > 0 ? 1 : 0);
}

describe('src/lib/dates/eras.json', () => {
  it('carries its source and licence', () => {
    expect(data.source).toContain('DDBC');
    expect(data.licence).toContain('CC BY-SA 3.0');
  });

  it('has one era per line', () => {
    expect(text.split('\n').filter((line) => line.startsWith('{"ids"'))).toHaveLength(eras.length);
    expect(eras.length).toBeGreaterThan(700);
  });

  it('has consistent years for every era', () => {
    for (const era of eras) {
      const where = `${era.dynasty} ${era.era} ${era.ids.join(',')}`;
      expect(era.from, where).toBeLessThanOrEqual(era.to);
      expect(era.from, where).not.toBe(0);
      expect(era.to, where).not.toBe(0);
      expect(era.firstN, where).toBeGreaterThanOrEqual(1);
      expect(era.lastN, where).toBeGreaterThanOrEqual(era.firstN);
      expect(span(era.from, era.to), where).toBe(era.lastN - era.firstN);
      expect(era.lastN - era.firstN + 1, where).toBeLessThanOrEqual(61);
    }
  });

  it('names every era and dynasty in simplified and traditional form', () => {
    for (const era of eras) {
      const where = `${era.dynasty} ${era.era} ${era.ids.join(',')}`;
      expect(era.dynasty, where).not.toBe('');
      expect(era.dynastyTraditional, where).not.toBe('');
      if (era.names.length > 0) {
        expect(era.era, where).not.toBe('');
        expect(era.names, where).toContain(era.era);
        expect(era.names, where).toContain(era.eraTraditional);
      }
      expect(
        era.names.some((name) => name.startsWith('（')),
        where,
      ).toBe(false);
    }
  });

  it('keeps 乾 in era names (opencc would write 干)', () => {
    const names = eras.flatMap((era) => era.names);
    expect(names).toContain('乾德');
    expect(names.filter((name) => name.includes('干'))).toEqual([]);
  });

  it('adds simplified spellings', () => {
    const find = (name: string): EraRecord[] => eras.filter((era) => era.names.includes(name));
    expect(find('光绪')).toEqual(find('光緒'));
    expect(find('贞观')).toEqual(find('貞觀'));
    expect(find('宝应')[0]?.dynasty).toBe('唐');
    expect(eras.some((era) => era.dynasty === '西汉' && era.dynastyTraditional === '西漢')).toBe(true);
  });

  it('never uses an id twice', () => {
    const ids = eras.flatMap((era) => era.ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('agrees with the standard tables', () => {
    const one = (name: string, dynasty: string): EraRecord | undefined =>
      eras.find((era) => era.names.includes(name) && era.dynasty === dynasty);
    expect(one('乾隆', '清')).toMatchObject({ from: 1736, to: 1795 });
    expect(one('康熙', '清')).toMatchObject({ from: 1662, to: 1722 });
    expect(one('嘉靖', '明')).toMatchObject({ from: 1522, to: 1566 });
    expect(one('贞观', '唐')).toMatchObject({ from: 627, to: 649 });
    expect(one('开元', '唐')).toMatchObject({ from: 713, to: 741 });
    expect(one('宝应', '唐')).toMatchObject({ from: 762, to: 763 });
    expect(one('义熙', '东晋')).toMatchObject({ from: 405, to: 418 });
    expect(one('元鼎', '西汉')).toMatchObject({ from: -116, to: -111 });
    expect(one('崇祯', '明')).toMatchObject({ from: 1628, to: 1644, lastN: 17 });
    expect(one('民国', '民国')).toMatchObject({ from: 1912, to: 1949, firstN: 1, lastN: 38 });
    expect(one('顺治', '清')).toMatchObject({ from: 1644, to: 1661, firstN: 1, lastN: 18 });
  });
});
