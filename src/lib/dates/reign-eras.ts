/** Reign-era lookup over src/lib/dates/eras.json: names, dynasty prefixes, era-year arithmetic and the main line. */
import data from './eras.json' with { type: 'json' };
import { numeralCharacters, parseChineseNumber } from './numerals.ts';
import type { EraCandidate, EraRecord, EraYear } from './date-types.ts';
import { addYears, yearsBetween } from './years.ts';

export const eraRecords: readonly EraRecord[] = data.eras;

/** Western (historical) year of era-year `n`: 元鼎 from -116, year 6 → -111. */
export function westernYearOf(era: EraRecord, n: number): number {
  return addYears(era.from, n - era.firstN);
}

export function eraYearNumberOf(era: EraRecord, year: number): number {
  return era.firstN + yearsBetween(era.from, year);
}

export function hasEraYear(era: EraRecord, n: number): boolean {
  return n >= era.firstN && n <= era.lastN;
}

export function toCandidate(era: EraRecord): EraCandidate {
  return { dynasty: era.dynasty, era: era.era, emperor: era.emperor, from: era.from, to: era.to };
}

export function toEraYear(era: EraRecord, n: number): EraYear {
  return { dynasty: era.dynasty, era: era.era, emperor: era.emperor, year: n };
}

const erasByName = new Map<string, EraRecord[]>();
for (const era of eraRecords) {
  for (const name of era.names) erasByName.set(name, [...(erasByName.get(name) ?? []), era]);
}
const longestEraName = Math.max(...[...erasByName.keys()].map((name) => name.length));

/** Prefixes that stand for several dynasties: 汉建元 may be 西汉 or 东汉. Traditional and simplified forms. */
const dynastyGroups: { prefixes: string[]; dynasties: string[] }[] = [
  { prefixes: ['汉', '漢'], dynasties: ['西汉', '东汉'] },
  { prefixes: ['前汉', '前漢'], dynasties: ['西汉'] },
  { prefixes: ['晋', '晉'], dynasties: ['西晋', '东晋'] },
  { prefixes: ['宋'], dynasties: ['北宋', '南宋', '刘宋'] },
  { prefixes: ['南朝宋'], dynasties: ['刘宋'] },
  { prefixes: ['齐', '齊'], dynasties: ['南齐', '北齐'] },
  { prefixes: ['南朝齐', '南朝齊'], dynasties: ['南齐'] },
  { prefixes: ['梁'], dynasties: ['南梁', '后梁'] },
  { prefixes: ['南朝梁'], dynasties: ['南梁'] },
  { prefixes: ['南朝陈', '南朝陳'], dynasties: ['陈'] },
  { prefixes: ['魏'], dynasties: ['曹魏', '北魏', '东魏', '西魏'] },
  { prefixes: ['三国魏', '三國魏'], dynasties: ['曹魏'] },
  { prefixes: ['吴', '吳'], dynasties: ['孙吴', '南吴'] },
  { prefixes: ['东吴', '東吳', '三国吴', '三國吳'], dynasties: ['孙吴'] },
  { prefixes: ['蜀'], dynasties: ['蜀汉', '前蜀', '后蜀'] },
  { prefixes: ['周'], dynasties: ['北周', '后周', '武周'] },
  { prefixes: ['大明'], dynasties: ['明'] },
  { prefixes: ['大清'], dynasties: ['清'] },
];

/** Written dynasty prefix → simplified dynasty names it stands for. */
const dynastiesByPrefix = new Map<string, string[]>();
for (const era of eraRecords) {
  dynastiesByPrefix.set(era.dynasty, [era.dynasty]);
  dynastiesByPrefix.set(era.dynastyTraditional, [era.dynasty]);
}
for (const { prefixes, dynasties } of dynastyGroups) {
  for (const prefix of prefixes) dynastiesByPrefix.set(prefix, dynasties);
}
const prefixesLongestFirst = [...dynastiesByPrefix.keys()].sort((a, b) => b.length - a.length);

/** One way to read the start of a text as [dynasty prefix] + era name. */
export interface EraNameReading {
  /** The dynasty prefix as written ('' when none). */
  dynastyText: string;
  /** The era name as written. */
  nameText: string;
  /** Eras with this name, narrowed by the dynasty prefix (may be empty: 明乾隆). */
  eras: EraRecord[];
  /** Eras with this name in any dynasty, for error messages. */
  allEras: EraRecord[];
  /** The text after the era name. */
  rest: string;
}

/**
 * Every reading of `text` as [dynasty prefix] + era name, best first: without a prefix before with one,
 * longer names before shorter. Names come from the dictionary, never from a character pattern, so
 * 雍正十五年 reads as 雍正 + 十五年 (元 and 正 are both numerals and parts of era names).
 */
export function readEraNames(text: string): EraNameReading[] {
  const readings: EraNameReading[] = [];
  const addNames = (dynastyText: string, dynasties: string[] | undefined): void => {
    const start = dynastyText.length;
    for (let length = Math.min(longestEraName, text.length - start); length > 0; length--) {
      const nameText = text.slice(start, start + length);
      const allEras = erasByName.get(nameText);
      if (!allEras) continue;
      const eras = dynasties ? allEras.filter((era) => dynasties.includes(era.dynasty)) : allEras;
      readings.push({ dynastyText, nameText, eras, allEras, rest: text.slice(start + length) });
    }
  };
  addNames('', undefined);
  for (const prefix of prefixesLongestFirst) {
    if (text.startsWith(prefix)) addNames(prefix, dynastiesByPrefix.get(prefix));
  }
  return readings;
}

/** Reign-year counts without an era name (秦 二世, 西汉 惠帝), for 秦二世元年 and 汉惠帝三年. */
const unnamedEras = eraRecords.filter((era) => era.era === '');

function emperorNames(era: EraRecord): string[] {
  const names = [era.emperor, era.emperorTraditional];
  // 秦始皇 for 始皇帝.
  return [...names, ...names.filter((name) => name.endsWith('皇帝')).map((name) => name.slice(0, -1))];
}

/**
 * Readings of `text` as dynasty + emperor for reigns counted without an era name: 秦二世, 汉惠帝.
 * The dynasty is required, since emperor titles repeat across dynasties.
 */
export function readEmperorNames(text: string): EraNameReading[] {
  const readings: EraNameReading[] = [];
  for (const dynastyText of prefixesLongestFirst) {
    if (!text.startsWith(dynastyText)) continue;
    const dynasties = dynastiesByPrefix.get(dynastyText) ?? [];
    for (const era of unnamedEras) {
      if (!dynasties.includes(era.dynasty)) continue;
      const nameText = emperorNames(era).find((name) => text.startsWith(name, dynastyText.length));
      if (nameText === undefined) continue;
      const rest = text.slice(dynastyText.length + nameText.length);
      readings.push({ dynastyText, nameText, eras: [era], allEras: [era], rest });
    }
  }
  return readings;
}

/**
 * The first reading whose rest fits `restPattern`, preferring one whose dynasty prefix fits the era.
 * With `emperors`, dynasty + emperor readings (秦二世) are tried after era names.
 */
export function readEraName(
  text: string,
  restPattern: RegExp,
  emperors = false,
): (EraNameReading & { restMatch: RegExpExecArray }) | undefined {
  const readings = emperors ? [...readEraNames(text), ...readEmperorNames(text)] : readEraNames(text);
  const fitting = readings.flatMap((reading) => {
    const restMatch = restPattern.exec(reading.rest);
    return restMatch ? [{ ...reading, restMatch }] : [];
  });
  return fitting.find((reading) => reading.eras.length > 0) ?? fitting[0];
}

const numeral = `[${numeralCharacters}0-9]+`;
/** An era-year: a numeral, 年, then anything (checked by readLunarDate). */
export const eraYearRest = new RegExp(`^(${numeral})年(.*)$`, 'u');
/** A reign span: 康熙年间, 康熙间, 康熙朝, 康熙时期. */
export const reignRest = /^(?:年间|年間|间|間|朝|时期|時期|时|時)$/u;

export type LunarReading = 'none' | 'valid' | 'invalid' | 'unreadable';

const lunarMonthNames: Record<string, number> = { 正: 1, 冬: 11, 腊: 12, 臘: 12 };
const lunarMonthPattern = new RegExp(`^[闰閏]?(正|冬|腊|臘|${numeral})月(.*)$`, 'u');
const lunarDayPattern = new RegExp(`^(初)?(${numeral})[日号號]?$`, 'u');

/**
 * Checks the text after an era-year: an optional season and a lunar month and day, as in
 * 乾隆三十年腊月初一, 同治五年十二月二十九日, 元年春正月. It is kept verbatim, never converted.
 */
export function readLunarDate(text: string): LunarReading {
  if (text === '') return 'none';
  const afterSeason = text.replace(/^[春夏秋冬]/u, '');
  if (afterSeason === '') return 'valid';
  const monthMatch = lunarMonthPattern.exec(afterSeason);
  if (!monthMatch) return 'unreadable';
  const [, monthText = '', dayText = ''] = monthMatch;
  const month = lunarMonthNames[monthText] ?? parseChineseNumber(monthText);
  if (month === undefined) return 'unreadable';
  if (month < 1 || month > 12) return 'invalid';
  if (dayText === '' || /^[朔望晦]$/u.test(dayText)) return 'valid';
  const dayMatch = lunarDayPattern.exec(dayText);
  if (!dayMatch) return 'unreadable';
  const day = parseChineseNumber(dayMatch[2] ?? '');
  if (day === undefined) return 'unreadable';
  const limit = dayMatch[1] ? 10 : 30;
  return day >= 1 && day <= limit ? 'valid' : 'invalid';
}

/** All eras called `name` (simplified, traditional or a variant spelling; a dynasty prefix narrows them). */
export function findEras(name: string): EraCandidate[] {
  const text = name.trim();
  const exact = erasByName.get(text);
  if (exact) return exact.map(toCandidate);
  const reading = readEraNames(text).find(
    (candidate) => candidate.rest === '' && candidate.dynastyText !== '',
  );
  return reading ? reading.eras.map(toCandidate) : [];
}

/**
 * The conventional main line of dynasties, in order. Where two overlap in a year, the later one in
 * this list wins (曹魏 in 220, 隋 from 581, 清 in 1644). `from` limits a dynasty to the years it is
 * the main line: 后唐's data starts in 907 with 晋's continued use of 唐's 天祐, but 后唐 is founded
 * in 923; 元 eras run from 1271, but 南宋 is conventionally the main line until it fell in 1279;
 * 清 eras run from 1636, but 清 rules China from 1644.
 */
const mainLine: { dynasty: string; from?: number }[] = [
  { dynasty: '西汉', from: -140 },
  { dynasty: '新' },
  { dynasty: '东汉' },
  { dynasty: '曹魏' },
  { dynasty: '西晋' },
  { dynasty: '东晋' },
  { dynasty: '刘宋' },
  { dynasty: '南齐' },
  { dynasty: '南梁' },
  { dynasty: '陈' },
  { dynasty: '隋' },
  { dynasty: '唐' },
  { dynasty: '武周' },
  { dynasty: '后梁' },
  { dynasty: '后唐', from: 923 },
  { dynasty: '后晋' },
  { dynasty: '后汉' },
  { dynasty: '后周' },
  { dynasty: '北宋' },
  { dynasty: '南宋' },
  { dynasty: '元', from: 1279 },
  { dynasty: '明' },
  { dynasty: '清', from: 1644 },
  { dynasty: '民国' },
];

function mainLineRank(era: EraRecord, year: number): number {
  return mainLine.findIndex((entry) => entry.dynasty === era.dynasty && year >= (entry.from ?? -Infinity));
}

/** Whether the era belongs to the main line in the given year (吴越's 天福 does not; 后晋's does). */
export function isMainLine(era: EraRecord, year: number): boolean {
  return mainLineRank(era, year) >= 0;
}

/**
 * Regimes whose eras are as well known as the main line's: a same-name era of theirs keeps a name
 * ambiguous (建兴 is 蜀汉's as much as 西晋's; 至元 is 蒙古's 1264 as much as 元顺帝's 1335). Eras of
 * other regimes (十六国, 十国, 西夏 …) give way to the main line.
 */
const contenders = new Set(['蜀汉', '孙吴', '北魏', '东魏', '西魏', '北齐', '北周', '辽', '金', '蒙古']);

/**
 * Which of several same-name eras a writer means when nothing else says. When they all give the same
 * year (开宝五年: 北宋, and 吴越 using the 宋 calendar), the main-line era that ran longest (神龙: 唐's
 * rather than 武周's). Otherwise the one main-line era, unless a contender's era is also a candidate
 * (贞观 → 唐, not 西夏; 建元 and 上元 stay ambiguous). `yearOf` gives the year each candidate means.
 */
export function preferredEra(
  candidates: EraRecord[],
  yearOf: (era: EraRecord) => number,
): EraRecord | undefined {
  if (candidates.length === 1) return candidates[0];
  const mainLineEras = candidates.filter((era) => isMainLine(era, yearOf(era))).sort((a, b) => b.to - a.to);
  const [main] = mainLineEras;
  if (!main) return undefined;
  if (new Set(candidates.map(yearOf)).size === 1) return main;
  const contested = candidates.some((era) => era !== main && contenders.has(era.dynasty));
  return mainLineEras.length === 1 && !contested ? main : undefined;
}

/**
 * The main-line era-year of a western year: 1743 → 清乾隆八年, 1935 → 民国二十四年. Where an era
 * changed during the year, the later era. Years counted without an era name are skipped, except
 * 武帝's 后元 (-88, -87), which is conventionally written 后元. Undefined before -140 and after 1949.
 */
export function eraYearOf(year: number): EraYear | undefined {
  let best: { era: EraRecord; rank: number } | undefined;
  for (const era of eraRecords) {
    if (era.era === '' || year < era.from || year > era.to) continue;
    const rank = mainLineRank(era, year);
    if (rank < 0) continue;
    if (!best || rank > best.rank || (rank === best.rank && era.from > best.era.from)) best = { era, rank };
  }
  return best ? toEraYear(best.era, eraYearNumberOf(best.era, year)) : undefined;
}
