/**
 * The 大事年表: dated entries of every kind on one axis, from BCE to today. Entries sort on the
 * normalised year of their dates; the axis is divided into the browsing eras (先秦 … 当代) and
 * drawn against dynasty bands, with regimes that ruled side by side (三国, 南北朝, 宋/辽/金) in
 * lanes of their own. Spans come from the dates library; nothing here knows about one city.
 */
import { dynastyOfYear, dynastySpan, type YearRange } from './dates/periods.ts';
import { addYears, yearsBetween } from './dates/years.ts';
import { formatYear, yearNumber } from './dates/format-date.ts';
import type { DatePrecision } from './dates/index.ts';
import { BROWSING_ERAS, type BrowsingEra } from './browsing-eras.ts';

/** The part of a normalised date the timeline needs. */
export interface TimelineDate {
  year: number;
  precision: DatePrecision;
  approximate: boolean;
  month?: number | undefined;
  day?: number | undefined;
  range?: YearRange | undefined;
}

export type TimelineKind = 'event' | 'worthy' | 'study';

/** Where an entry sits: a point or a span of historical years. */
export interface TimelinePosition {
  from: number;
  /** Last year of a span (a life, a reign, a period); equal to `from` for a point. */
  to: number;
  /** True when the start is only roughly known (约, a period, a dynasty). */
  approximate: boolean;
  /** Month and day of an exact start, to order entries within one year. */
  month?: number | undefined;
  day?: number | undefined;
}

/** First and last year a date may mean: a reign or period spans years, a plain year is one. */
export function yearsOf(date: TimelineDate): YearRange {
  return date.range ?? { from: date.year, to: date.year };
}

/** A date is vague when it names a span (康熙年间, 明末) or is marked 约. */
export function isVague(date: TimelineDate): boolean {
  return date.approximate || date.precision === 'reign' || date.precision === 'period';
}

/** The position of an event: its date, as a point or as the span it may mean. */
export function positionOfDate(date: TimelineDate): TimelinePosition {
  const { from, to } = yearsOf(date);
  return { from, to, approximate: isVague(date), month: date.month, day: date.day };
}

/**
 * The position of a person: from birth to death when both are known, else the one known date,
 * else the span of their dynasty (approximate). Undefined when nothing dates them.
 */
export function positionOfLife(
  born: TimelineDate | undefined,
  died: TimelineDate | undefined,
  dynasty?: TimelineDate,
): TimelinePosition | undefined {
  if (born || died) {
    const start = born ?? died;
    if (!start) return undefined;
    const from = yearsOf(start).from;
    const to = died ? yearsOf(died).to : from;
    const approximate = isVague(start);
    return born
      ? { from, to, approximate, month: born.month, day: born.day }
      : { from, to, approximate, month: start.month, day: start.day };
  }
  if (dynasty) return { ...positionOfDate(dynasty), approximate: true };
  return undefined;
}

/** The span of a set of dated points (a study's topics): first to last, or undefined. */
export function spanOfYears(years: readonly number[]): YearRange | undefined {
  if (years.length === 0) return undefined;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** What the axis needs of an entry; pages add their own fields. */
export interface TimelineItem {
  kind: TimelineKind;
  /** Stable key, used to break ties: `events/song-ren-qian-su`. */
  key: string;
  position: TimelinePosition;
}

const KIND_ORDER: Record<TimelineKind, number> = { event: 0, worthy: 1, study: 2 };

/**
 * Time order: by start year (BCE before CE, no year 0), then exact dates before vague ones in the
 * same year, then month and day, then events before people before studies, then key.
 */
export function compareTimelineItems(a: TimelineItem, b: TimelineItem): number {
  const pa = a.position;
  const pb = b.position;
  return (
    pa.from - pb.from ||
    Number(pa.approximate) - Number(pb.approximate) ||
    (pa.month ?? 0) - (pb.month ?? 0) ||
    (pa.day ?? 0) - (pb.day ?? 0) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.key.localeCompare(b.key)
  );
}

export function sortTimeline<T extends TimelineItem>(items: readonly T[]): T[] {
  return [...items].sort(compareTimelineItems);
}

/** The year labels in the axis column: { start: '约前1046', end: '前771' }, { start: '前684' }. */
export function positionLabels(position: TimelinePosition): { start: string; end?: string | undefined } {
  const start = `${position.approximate ? '约' : ''}${yearNumber(position.from)}`;
  return position.to === position.from ? { start } : { start, end: yearNumber(position.to) };
}

/** The position in one line: '前684', '约前1046—前771', '1716—1798'. */
export function positionLabel(position: TimelinePosition): string {
  const { start, end } = positionLabels(position);
  return end === undefined ? start : `${start}—${end}`;
}

/** One browsing era as a stretch of the axis, with the entries that start in it. */
export interface EraSection<T> {
  era: BrowsingEra;
  /** First and last year the section's band covers. */
  span: YearRange;
  items: T[];
}

/**
 * Sorted entries divided into the browsing eras, in time order. An era's span runs to the year
 * before the next era; the first era starts at its earliest band or entry, the last ends `now`.
 * With `keepEmpty`, eras without entries are kept (so that every era anchor exists).
 */
export function sectionsByEra<T extends TimelineItem>(
  items: readonly T[],
  now: number,
  keepEmpty = false,
): EraSection<T>[] {
  const sorted = sortTimeline(items);
  const earliest = Math.min(sorted[0]?.position.from ?? Infinity, ...BANDS.map((b) => b.drawn.from));
  return BROWSING_ERAS.map((era, index) => {
    const next = BROWSING_ERAS[index + 1];
    const from = Number.isFinite(era.from) ? era.from : earliest;
    const to = next ? addYears(next.from, -1) : Math.max(now, from);
    const members = sorted.filter((item) => item.position.from >= from && item.position.from <= to);
    return { era, span: { from, to }, items: members };
  }).filter((section) => keepEmpty || section.items.length > 0);
}

/** A regime drawn as a band. */
export interface DynastyBand {
  name: string;
  /** The regime's whole span, as labels give it. */
  span: YearRange;
  /**
   * The years the band is drawn over. For the main line, the years the dates library counts as
   * that regime's (dynastyOfYear), so that lane 0 reads as one sequence: 陈 is drawn to 580 and
   * 隋 from 581, though 陈 held the south until 589; the label keeps the whole span.
   */
  drawn: YearRange;
  /** False for a regime that ruled beside the main line (蜀汉, 辽, 南明). */
  mainLine: boolean;
}

/**
 * The regimes the axis shows, in order: the main line as the dates library counts it
 * (dynastyOfYear), and beside it the regimes that held part of the country at the same time.
 * 十六国 and 十国 are left out: a dozen short lanes would hide more than they show.
 */
const BAND_NAMES: { name: string; mainLine: boolean }[] = [
  ...['西周', '春秋', '战国', '秦'].map((name) => ({ name, mainLine: true })),
  { name: '楚', mainLine: false },
  ...['西汉', '新', '东汉', '曹魏'].map((name) => ({ name, mainLine: true })),
  { name: '蜀汉', mainLine: false },
  { name: '孙吴', mainLine: false },
  ...['西晋', '东晋', '刘宋', '南齐', '南梁', '陈'].map((name) => ({ name, mainLine: true })),
  ...['北魏', '东魏', '西魏', '北齐', '北周'].map((name) => ({ name, mainLine: false })),
  ...['隋', '唐', '后梁', '后唐', '后晋', '后汉', '后周', '北宋'].map((name) => ({ name, mainLine: true })),
  { name: '辽', mainLine: false },
  { name: '西夏', mainLine: false },
  { name: '金', mainLine: false },
  { name: '南宋', mainLine: true },
  { name: '蒙古', mainLine: false },
  ...['元', '明'].map((name) => ({ name, mainLine: true })),
  { name: '后金', mainLine: false },
  { name: '清', mainLine: true },
  { name: '南明', mainLine: false },
  { name: '民国', mainLine: true },
];

/** The People's Republic is not in the era data; dynastyOfYear dates it from 1949. */
const PRESENT_REGIME = { name: '中华人民共和国', from: 1949 };

function bandSpan(name: string): YearRange {
  const span = dynastySpan(name);
  if (!span) throw new Error(`年表朝代带「${name}」不在年代数据中`);
  return span;
}

/** First and last year within `span` that dynastyOfYear gives to `name`; the span if none. */
function mainLineYears(name: string, span: YearRange): YearRange {
  let from: number | undefined;
  let to: number | undefined;
  for (let year = span.from; year <= span.to; year = addYears(year, 1)) {
    if (dynastyOfYear(year) !== name) continue;
    from ??= year;
    to = year;
  }
  return from === undefined || to === undefined ? span : { from, to };
}

export const BANDS: readonly DynastyBand[] = BAND_NAMES.map(({ name, mainLine }) => {
  const span = bandSpan(name);
  return { name, span, drawn: mainLine ? mainLineYears(name, span) : span, mainLine };
});

function presentBand(now: number): DynastyBand {
  const span = { from: PRESENT_REGIME.from, to: Math.max(now, PRESENT_REGIME.from) };
  return { name: PRESENT_REGIME.name, span, drawn: span, mainLine: true };
}

/** A band placed in a lane, clipped to the section and measured in fractions of its width. */
export interface PlacedBand extends DynastyBand {
  lane: number;
  /** Start and width as fractions (0–1) of the section's span. */
  offset: number;
  width: number;
  /** True when the regime began before or ended after the section (drawn open at that side). */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/** Whether two spans share more than a boundary year (东汉 ends in 220, the year 曹魏 begins). */
function overlaps(a: YearRange, b: YearRange): boolean {
  return a.from < b.to && b.from < a.to;
}

/**
 * The bands that fall within `section`, clipped to it and packed into lanes in time order: the
 * main line in lane 0 where it fits, each parallel regime in the first lane from 1 where it overlaps
 * nothing. Widths are counted
 * in years without year 0, so bands either side of the era boundary line up.
 */
export function bandsFor(section: YearRange, now: number): PlacedBand[] {
  const length = yearsBetween(section.from, section.to) + 1;
  const lanes: YearRange[][] = [[]];
  const placed: PlacedBand[] = [];
  const visible = [...BANDS, presentBand(now)]
    // A regime that only ends in the section's first year (东汉 in 220) belongs to the era before.
    .filter((band) => band.drawn.to > section.from && band.drawn.from <= section.to)
    .sort((a, b) => a.drawn.from - b.drawn.from || Number(b.mainLine) - Number(a.mainLine));
  for (const band of visible) {
    const from = Math.max(band.drawn.from, section.from);
    const to = Math.min(band.drawn.to, section.to);
    const clipped = { from, to };
    let lane = band.mainLine ? 0 : 1;
    while (lanes[lane]?.some((taken) => overlaps(taken, clipped))) lane++;
    (lanes[lane] ??= []).push(clipped);
    placed.push({
      ...band,
      lane,
      offset: yearsBetween(section.from, from) / length,
      width: (yearsBetween(from, to) + 1) / length,
      continuesBefore: band.drawn.from < section.from,
      continuesAfter: band.drawn.to > section.to,
    });
  }
  return placed.sort((a, b) => a.lane - b.lane || a.drawn.from - b.drawn.from);
}

/** '曹魏（220—265年）' for band lists and titles. */
export function bandLabel(band: DynastyBand): string {
  const to = band.name === PRESENT_REGIME.name ? '今' : `${yearNumber(band.span.to)}年`;
  return `${band.name}（${yearNumber(band.span.from)}—${to}）`;
}

/** A span of the axis in words: '前221年至219年', '1949年至今'. */
export function sectionLabel(span: YearRange, now: number): string {
  return `${formatYear(span.from)}至${span.to >= now ? '今' : formatYear(span.to)}`;
}
