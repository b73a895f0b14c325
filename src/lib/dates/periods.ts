/** Dynasty and period spans (明末, 清初, 战国) and the dynasty of a western year. */
import { eraRecords, eraYearOf } from './reign-eras.ts';
import { addYears, yearsBetween } from './years.ts';

export interface YearRange {
  from: number;
  to: number;
}

/**
 * Periods before the era data starts, plus broad names spanning several dynasties. Conventional
 * chronology (as in 中国历史年代简表), not from the DDBC data. The first name is the simplified one.
 */
const conventionalPeriods: { names: string[]; from: number; to: number }[] = [
  { names: ['西周'], from: -1046, to: -771 },
  { names: ['东周', '東周'], from: -770, to: -256 },
  { names: ['春秋'], from: -770, to: -476 },
  { names: ['战国', '戰國'], from: -475, to: -221 },
  { names: ['秦'], from: -221, to: -207 },
  { names: ['汉', '漢'], from: -206, to: 220 },
  { names: ['三国', '三國'], from: 220, to: 280 },
  { names: ['晋', '晉'], from: 265, to: 420 },
  { names: ['南北朝'], from: 420, to: 589 },
  { names: ['五代'], from: 907, to: 960 },
  { names: ['宋'], from: 960, to: 1279 },
  { names: ['民国', '民國', '中华民国', '中華民國'], from: 1912, to: 1949 },
];

/** Where the common span of a dynasty differs from its first and last era in the data. */
const spanOverrides: Record<string, YearRange> = {
  // 清 eras start in 1636 (崇德) but the dynasty is conventionally dated from 1644.
  清: { from: 1644, to: 1911 },
  // 建安二十六年 (221) was counted only in 蜀; 东汉 ends in 220.
  东汉: { from: 25, to: 220 },
  // 后唐's first rows are 晋 continuing 唐's 天祐 (907–923); the dynasty is founded in 923.
  后唐: { from: 923, to: 936 },
  // 至正 was kept by 北元 until 1370; 元 ends in 1368.
  元: { from: 1271, to: 1368 },
};

/** Simplified dynasty or period name → its span. */
const spans = new Map<string, YearRange>();
/** Written name (simplified or traditional) → simplified name. */
const simplifiedNames = new Map<string, string>();

for (const era of eraRecords) {
  const span = spans.get(era.dynasty);
  spans.set(era.dynasty, {
    from: Math.min(span?.from ?? era.from, era.from),
    to: Math.max(span?.to ?? era.to, era.to),
  });
  simplifiedNames.set(era.dynasty, era.dynasty);
  simplifiedNames.set(era.dynastyTraditional, era.dynasty);
}
for (const [name, span] of Object.entries(spanOverrides)) spans.set(name, span);
for (const { names, from, to } of conventionalPeriods) {
  const [simplified = ''] = names;
  spans.set(simplified, { from, to });
  for (const name of names) simplifiedNames.set(name, simplified);
}
const namesLongestFirst = [...simplifiedNames.keys()].sort((a, b) => b.length - a.length);

/** The span of a dynasty or period by its simplified name: 明 → 1368–1644. */
export function dynastySpan(name: string): YearRange | undefined {
  return spans.get(name);
}

export type PeriodPart = 'early' | 'middle' | 'late' | 'whole';

/** Words after a dynasty name: 初/中/末 take a third of its span, 代/朝/时期 the whole. */
const partWords: Record<PeriodPart, string[]> = {
  whole: ['', '代', '朝', '时期', '時期', '年间', '年間'],
  early: ['初', '初期', '初年', '初叶', '初葉', '前期'],
  middle: ['中', '中叶', '中葉', '中期'],
  late: ['末', '末年', '末期', '末叶', '末葉', '后期', '後期', '晚期'],
};

function partOf(word: string): PeriodPart | undefined {
  return (Object.keys(partWords) as PeriodPart[]).find((part) => partWords[part].includes(word));
}

/** Thirds of a span: 初 = first third, 中 = middle third, 末 = last third (counted without year 0). */
export function partOfSpan(span: YearRange, part: PeriodPart): YearRange {
  if (part === 'whole') return span;
  const third = Math.max(1, Math.round((yearsBetween(span.from, span.to) + 1) / 3));
  if (part === 'early') return { from: span.from, to: addYears(span.from, third - 1) };
  if (part === 'late') return { from: addYears(span.to, 1 - third), to: span.to };
  return { from: addYears(span.from, third), to: addYears(span.to, -third) };
}

export interface PeriodReading {
  /** Simplified dynasty or period name. */
  dynasty: string;
  part: PeriodPart;
  range: YearRange;
}

/** Reads 明末, 清中叶, 唐代, 东汉末年, 战国, 民国 (the whole text must be a name plus an optional part). */
export function readPeriod(text: string): PeriodReading | undefined {
  for (const name of namesLongestFirst) {
    if (!text.startsWith(name)) continue;
    const part = partOf(text.slice(name.length));
    const dynasty = simplifiedNames.get(name);
    const span = dynasty === undefined ? undefined : spans.get(dynasty);
    if (part && dynasty !== undefined && span) return { dynasty, part, range: partOfSpan(span, part) };
  }
  return undefined;
}

/** Before the era data: -1046 to -141 by the conventional chronology. */
const earlyDynasties: { dynasty: string; from: number; to: number }[] = [
  { dynasty: '西周', from: -1046, to: -771 },
  { dynasty: '春秋', from: -770, to: -476 },
  { dynasty: '战国', from: -475, to: -222 },
  { dynasty: '秦', from: -221, to: -207 },
  { dynasty: '西汉', from: -206, to: -141 },
];

/** 中华人民共和国 from its founding year; 1949 is also 民国三十八年, which eraYearOf reports. */
const peoplesRepublicFrom = 1949;

/**
 * The main-line dynasty of a western year (simplified): -232 → 战国, 1743 → 清, 1935 → 民国.
 * From -140 to 1948 it is the dynasty of eraYearOf. Undefined before -1046.
 */
export function dynastyOfYear(year: number): string | undefined {
  if (!Number.isInteger(year) || year === 0) return undefined;
  if (year >= peoplesRepublicFrom) return '中华人民共和国';
  const eraYear = eraYearOf(year);
  if (eraYear) return eraYear.dynasty;
  return earlyDynasties.find((entry) => year >= entry.from && year <= entry.to)?.dynasty;
}
