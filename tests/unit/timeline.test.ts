import { describe, expect, it } from 'vitest';
import {
  bandLabel,
  bandsFor,
  positionLabel,
  positionLabels,
  positionOfDate,
  positionOfLife,
  sectionLabel,
  sectionsByEra,
  sortTimeline,
  spanOfYears,
  type TimelineItem,
} from '../../src/lib/timeline.ts';
import { parsedDate } from '../helpers/historical-dates.ts';

const event = (key: string, text: string): TimelineItem => ({
  kind: 'event',
  key,
  position: positionOfDate(parsedDate(text)),
});

describe('positions', () => {
  it('places a life from birth to death, a lone date as a point, a dynasty as an approximate span', () => {
    expect(positionOfLife(parsedDate('前232'), parsedDate('前202'))).toMatchObject({
      from: -232,
      to: -202,
      approximate: false,
    });
    expect(positionOfLife(undefined, parsedDate('前208'))).toMatchObject({ from: -208, to: -208 });
    expect(positionOfLife(undefined, undefined, parsedDate('西周'))).toMatchObject({
      from: -1046,
      to: -771,
      approximate: true,
    });
    expect(positionOfLife(undefined, undefined)).toBeUndefined();
  });

  it('reads reign spans and periods as spans, and 约 as approximate', () => {
    expect(positionOfDate(parsedDate('康熙年间'))).toMatchObject({ from: 1662, to: 1722, approximate: true });
    expect(positionOfDate(parsedDate('明末'))).toMatchObject({ from: 1553, to: 1644, approximate: true });
    expect(positionOfDate(parsedDate('约1469'))).toMatchObject({ from: 1469, to: 1469, approximate: true });
    expect(positionOfDate(parsedDate('乾隆八年（1743）'))).toMatchObject({ from: 1743, approximate: false });
  });

  it('labels the axis with 前 for BCE and 约 for vague starts', () => {
    expect(positionLabels(positionOfDate(parsedDate('前684')))).toEqual({ start: '前684' });
    expect(
      positionLabel(
        positionOfLife(parsedDate('前232'), parsedDate('前202')) ?? positionOfDate(parsedDate('1')),
      ),
    ).toBe('前232—前202');
    expect(positionLabels(positionOfDate(parsedDate('西周')))).toEqual({ start: '约前1046', end: '前771' });
    expect(spanOfYears([405, -684, 1996])).toEqual({ from: -684, to: 1996 });
    expect(spanOfYears([])).toBeUndefined();
  });
});

describe('ordering', () => {
  it('puts BCE entries in the right place: 前684 before 前232 before 405', () => {
    const sorted = sortTimeline([
      event('events/c', '东晋义熙元年（405）'),
      {
        kind: 'worthy',
        key: 'worthies/b',
        position: positionOfLife(parsedDate('前232'), parsedDate('前202')) ?? positionOfDate(parsedDate('1')),
      },
      event('events/a', '前684'),
      event('events/d', '1'),
      event('events/e', '-1'),
    ]);
    expect(sorted.map((item) => item.key)).toEqual([
      'events/a',
      'worthies/b',
      'events/e',
      'events/d',
      'events/c',
    ]);
  });

  it('orders one year by exactness, month and day, then events before people before studies', () => {
    const sorted = sortTimeline([
      { kind: 'study', key: 'studies/s', position: { from: 1939, to: 1939, approximate: false } },
      event('events/vague', '约1939'),
      { kind: 'worthy', key: 'worthies/w', position: positionOfDate(parsedDate('1939')) },
      event('events/august', '1939-08-29'),
      event('events/july', '1939-07-29'),
      event('events/year', '1939'),
    ]);
    expect(sorted.map((item) => item.key)).toEqual([
      'events/year',
      'worthies/w',
      'studies/s',
      'events/july',
      'events/august',
      'events/vague',
    ]);
  });
});

describe('era sections', () => {
  const items = [
    event('events/a', '前684'),
    event('events/b', '前221'),
    event('events/c', '220'),
    event('events/d', '2014'),
  ];

  it('puts each entry in the era its start year falls in, eras in time order', () => {
    const sections = sectionsByEra(items, 2026);
    expect(sections.map((s) => [s.era.slug, s.items.map((i) => i.key)])).toEqual([
      ['xianqin', ['events/a']],
      ['qinhan', ['events/b']],
      ['weijin-nanbeichao', ['events/c']],
      ['dangdai', ['events/d']],
    ]);
  });

  it('keeps empty eras when asked, so every era anchor exists; spans meet without gaps', () => {
    const sections = sectionsByEra(items, 2026, true);
    expect(sections.map((s) => s.era.slug)).toEqual([
      'xianqin',
      'qinhan',
      'weijin-nanbeichao',
      'suitang-wudai',
      'songyuan',
      'ming',
      'qing',
      'minguo',
      'dangdai',
    ]);
    expect(sections[0]?.span).toEqual({ from: -1046, to: -222 });
    expect(sections[1]?.span).toEqual({ from: -221, to: 219 });
    expect(sections.at(-1)?.span).toEqual({ from: 1949, to: 2026 });
    expect(sectionLabel({ from: -221, to: 219 }, 2026)).toBe('前221年至219年');
    expect(sectionLabel({ from: 1949, to: 2026 }, 2026)).toBe('1949年至今');
  });
});

describe('dynasty bands', () => {
  it('draws the Three Kingdoms side by side: 曹魏 on the main line, 蜀汉 and 孙吴 in lanes of their own', () => {
    const bands = bandsFor({ from: 220, to: 580 }, 2026);
    const lane = (name: string) => bands.find((b) => b.name === name)?.lane;
    expect(lane('曹魏')).toBe(0);
    expect(lane('蜀汉')).toBeGreaterThan(0);
    expect(lane('孙吴')).toBeGreaterThan(0);
    expect(lane('蜀汉')).not.toBe(lane('孙吴'));
    expect(lane('北魏')).toBeGreaterThan(0);
    expect(bands.map((b) => b.name)).not.toContain('东汉');
  });

  it('draws 宋 with 辽, 金 and 西夏 beside it', () => {
    const bands = bandsFor({ from: 960, to: 1367 }, 2026);
    const mainLine = bands.filter((b) => b.lane === 0).map((b) => b.name);
    expect(mainLine).toEqual(['北宋', '南宋', '元']);
    for (const name of ['辽', '金', '西夏'])
      expect(bands.find((b) => b.name === name)?.lane).toBeGreaterThan(0);
  });

  it('keeps the main line one sequence: 陈 ends where 隋 begins, while its label keeps 589', () => {
    const bands = bandsFor({ from: 581, to: 959 }, 2026);
    expect(bands.find((b) => b.name === '隋')?.lane).toBe(0);
    expect(bands.map((b) => b.name)).not.toContain('陈');
    const chen = bandsFor({ from: 220, to: 580 }, 2026).find((b) => b.name === '陈');
    expect(chen && bandLabel(chen)).toBe('陈（557—589年）');
  });

  it('measures bands as fractions of the section, with no overlap within a lane', () => {
    for (const span of [
      { from: -1046, to: -222 },
      { from: -221, to: 219 },
      { from: 220, to: 580 },
      { from: 960, to: 1367 },
      { from: 1949, to: 2026 },
    ]) {
      const bands = bandsFor(span, 2026);
      for (const band of bands) {
        expect(band.offset).toBeGreaterThanOrEqual(0);
        expect(band.offset + band.width).toBeLessThanOrEqual(1.000001);
      }
      for (const a of bands)
        for (const b of bands)
          if (a !== b && a.lane === b.lane)
            expect(a.offset + a.width <= b.offset + 0.01 || b.offset + b.width <= a.offset + 0.01).toBe(true);
    }
    expect(bandsFor({ from: 1949, to: 2026 }, 2026).map((b) => bandLabel(b))).toEqual([
      '中华人民共和国（1949—今）',
    ]);
  });
});
