/** Parsing historical dates as historians write them: 1905, 前232, 约1469, 乾隆八年（1743）, 康熙年间, 明末. */
import {
  eraRecords,
  eraYearRest,
  hasEraYear,
  preferredEra,
  readEraName,
  readLunarDate,
  reignRest,
  toCandidate,
  toEraYear,
  westernYearOf,
} from './reign-eras.ts';
import type { EraNameReading } from './reign-eras.ts';
import { formatCandidate, formatGregorian, formatSpan, formatYear, yearNumber } from './format-date.ts';
import { normalizeDateText, splitParenthesis } from './input.ts';
import {
  formatChineseNumber,
  formatEraYearNumber,
  numeralCharacters,
  parseChineseNumber,
} from './numerals.ts';
import { readPeriod } from './periods.ts';
import type { YearRange } from './periods.ts';
import type { DateError, DateErrorCode, DateParseResult, EraRecord, HistoricalDate } from './date-types.ts';
import { addYears } from './years.ts';

const examples =
  '可以写成：1905、1905-03-02、前232、约1469、1469?、乾隆八年、乾隆八年（1743）、康熙年间、明末。';

type Failure = { ok: false; error: DateError };

function fail(code: DateErrorCode, message: string, candidates?: EraRecord[]): Failure {
  return {
    ok: false,
    error: candidates ? { code, message, candidates: candidates.map(toCandidate) } : { code, message },
  };
}

function unparseable(verbatim: string, hint = examples): Failure {
  return fail('unparseable', `无法识别日期「${verbatim}」。${hint}`);
}

function listCandidates(eras: EraRecord[]): string {
  return eras.map(toCandidate).map(formatCandidate).join('、');
}

// ---------------------------------------------------------------------------------------------
// Western years and Gregorian dates

interface Western {
  year: number;
  month?: number;
  day?: number;
  precision: 'day' | 'month' | 'year';
  approximate: boolean;
}

function isLeapYear(year: number): boolean {
  // Proleptic Gregorian with astronomical numbering: 1 BCE (year 0 there) is a leap year.
  const count = year < 0 ? year + 1 : year;
  return (count % 4 === 0 && count % 100 !== 0) || count % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 1905, 1905年, 公元前232年, -232, 约1469, 1469?, 1905-03-02, 1905年3月2日. Undefined when not a western date. */
function readWestern(text: string): { ok: true; western: Western } | Failure | undefined {
  const aboutMatch = /^(?:大约|大約|约|約)(.+)$/u.exec(text);
  let rest = aboutMatch?.[1] ?? text;
  const questionMatch = /^(.+)\?$/u.exec(rest);
  rest = questionMatch?.[1] ?? rest;
  const approximate = aboutMatch !== null || questionMatch !== null;

  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const yearMatch = /^(?:公元)?(前)?([0-9]{1,4})年?$/u.exec(rest) ?? /^(-)([0-9]{1,4})年?$/u.exec(rest);
  const dateMatch =
    /^([0-9]{1,4})-([0-9]{1,2})(?:-([0-9]{1,2}))?$/u.exec(rest) ??
    /^(?:公元)?([0-9]{1,4})年([0-9]{1,2})月(?:([0-9]{1,2})[日号號])?$/u.exec(rest);
  if (yearMatch) {
    year = Number(yearMatch[2]) * (yearMatch[1] ? -1 : 1);
  } else if (dateMatch) {
    year = Number(dateMatch[1]);
    month = Number(dateMatch[2]);
    day = dateMatch[3] === undefined ? undefined : Number(dateMatch[3]);
  } else {
    return undefined;
  }

  if (year === 0) return fail('year-zero', '公元纪年没有0年：公元前1年的下一年是公元1年。');
  if (month !== undefined && (month < 1 || month > 12)) {
    return fail('invalid-day', `「${text}」不是有效日期：月份应在1到12之间。`);
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return fail(
      'invalid-day',
      `「${text}」不是有效日期：${formatYear(year)}${month}月只有${daysInMonth(year, month)}天。`,
    );
  }
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const western: Western = { year, precision, approximate };
  if (month !== undefined) western.month = month;
  if (day !== undefined) western.day = day;
  return { ok: true, western };
}

// ---------------------------------------------------------------------------------------------
// Era-years: [dynasty] era name + numeral + 年 [+ lunar month/day]

interface EraYearPiece {
  reading: EraNameReading;
  /** Era-year number, 1 = 元年. */
  n: number;
  /** [dynasty] + era + numeral + 年, as written. */
  eraText: string;
  /** The eras with this name that have year n. */
  candidates: EraRecord[];
}

function outOfRange(reading: EraNameReading, n: number, eraText: string): Failure {
  const [only] = reading.eras;
  if (reading.eras.length === 1 && only) {
    const span = formatSpan(only.from, only.to);
    const name = only.era || `${only.dynasty}${only.emperor}`;
    // Some records start later than year 1: 秦始皇 from 二十七年 (-220), 前凉's 升平 from 五年.
    const years =
      only.firstN === 1
        ? `只有${formatChineseNumber(only.lastN)}年`
        : `的纪年只收录了${formatEraYearNumber(only.firstN)}年到${formatChineseNumber(only.lastN)}年`;
    return fail(
      'era-year-out-of-range',
      `${name}${years}（${span}），没有「${eraText}」。请核对来源。`,
      reading.eras,
    );
  }
  const described = reading.eras.map((era) => {
    const years = `${formatEraYearNumber(era.firstN)}年到${formatChineseNumber(era.lastN)}年`;
    return `${era.dynasty}${era.emperor}${era.era}（${formatSpan(era.from, era.to)}，${years}）`;
  });
  const nText = n === 0 ? '0' : formatChineseNumber(n);
  return fail(
    'era-year-out-of-range',
    `没有「${eraText}」：名为「${reading.nameText}」的年号都没有${nText}年，它们是${described.join('、')}。请核对来源。`,
    reading.eras,
  );
}

function unknownDynastyEra(reading: EraNameReading): Failure {
  return fail(
    'unknown-era',
    `「${reading.dynastyText}」没有名为「${reading.nameText}」的年号。「${reading.nameText}」是：${listCandidates(reading.allEras)}。请去掉朝代或改正朝代。`,
    reading.allEras,
  );
}

function readEraYearPiece(text: string): { ok: true; piece: EraYearPiece } | Failure | undefined {
  const reading = readEraName(text, eraYearRest, true);
  if (!reading) return undefined;
  const [, numeralText = '', lunarText = ''] = reading.restMatch;
  const eraText = `${reading.dynastyText}${reading.nameText}${numeralText}年`;
  const n = parseChineseNumber(numeralText);
  if (n === undefined) {
    return unparseable(
      text,
      `「${numeralText}」不是能识别的年数。年数可以写成「元」「八」「二十四」「廿六」或「24」。`,
    );
  }
  const lunar = readLunarDate(lunarText);
  if (lunar === 'unreadable') {
    return unparseable(
      text,
      `「${eraText}」后面的「${lunarText}」无法识别。年号纪年后面只能接季节或农历月日，如「乾隆三十年腊月初一」「同治五年十二月二十九日」。`,
    );
  }
  if (lunar === 'invalid') {
    return fail(
      'invalid-day',
      `「${text}」中的农历月日不存在：农历月份是正月到腊月（十二月），每月最多三十天。`,
    );
  }
  if (reading.eras.length === 0) return unknownDynastyEra(reading);
  const candidates = reading.eras.filter((era) => hasEraYear(era, n));
  if (candidates.length === 0) return outOfRange(reading, n, eraText);
  return { ok: true, piece: { reading, n, eraText, candidates } };
}

function ambiguous(piece: EraYearPiece, candidates: EraRecord[]): Failure {
  const { reading, n } = piece;
  const [first] = candidates;
  const numeral = `${formatEraYearNumber(n)}年`;
  const yearExample = first
    ? `「${reading.nameText}${numeral}（${yearNumber(westernYearOf(first, n))}）」`
    : '';
  const dynasties = new Set(candidates.map((era) => era.dynasty));
  const advice =
    dynasties.size === candidates.length && reading.dynastyText === '' && first
      ? `请在年号前加朝代（如「${first.dynasty}${reading.nameText}${numeral}」），或在括号里写公元年（如${yearExample}）。`
      : `请在括号里写公元年（如${yearExample}）。`;
  return fail(
    'ambiguous-era',
    `「${reading.dynastyText}${reading.nameText}」是多个年号：${listCandidates(candidates)}。${advice}`,
    candidates,
  );
}

function resolveAlone(piece: EraYearPiece): { ok: true; era: EraRecord } | Failure {
  const { candidates, n } = piece;
  const era = preferredEra(candidates, (candidate) => westernYearOf(candidate, n));
  return era ? { ok: true, era } : ambiguous(piece, candidates);
}

/**
 * An era-year agrees with a western date when it gives the same year, or the year before for a
 * January or February date (the Chinese new year falls in late January or February).
 */
function agrees(era: EraRecord, n: number, western: Western): boolean {
  const year = westernYearOf(era, n);
  if (year === western.year) return true;
  return western.month !== undefined && western.month <= 2 && addYears(year, 1) === western.year;
}

function resolveWith(
  piece: EraYearPiece,
  western: Western,
  westernInside: boolean,
): { ok: true; era: EraRecord } | Failure {
  const { candidates, n, eraText } = piece;
  const agreeing = candidates.filter((era) => agrees(era, n, western));
  if (agreeing.length === 1 && agreeing[0]) return { ok: true, era: agreeing[0] };
  if (agreeing.length > 1) {
    const era = preferredEra(agreeing, (candidate) => westernYearOf(candidate, n));
    return era ? { ok: true, era } : ambiguous(piece, agreeing);
  }
  const eraYears =
    candidates.length === 1 && candidates[0]
      ? formatYear(westernYearOf(candidates[0], n))
      : candidates
          .map((era) => `${formatYear(westernYearOf(era, n))}（${era.dynasty}${era.emperor}）`)
          .join('或');
  const where = westernInside ? '括号里' : '括号外';
  return fail(
    'mismatch',
    `「${eraText}」是${eraYears}，${where}写的是${formatGregorian(western)}，两者不一致。请核对来源，只保留正确的写法。`,
    candidates,
  );
}

function eraDate(verbatim: string, era: EraRecord, n: number): HistoricalDate {
  return {
    verbatim,
    year: westernYearOf(era, n),
    precision: 'year',
    approximate: false,
    era: toEraYear(era, n),
    dynasty: era.dynasty,
  };
}

// ---------------------------------------------------------------------------------------------
// Reign spans (康熙年间) and periods (明末)

function readReign(text: string, verbatim: string): DateParseResult | undefined {
  const reading = readEraName(text, reignRest);
  if (!reading) return undefined;
  if (reading.eras.length === 0) return unknownDynastyEra(reading);
  const era = preferredEra(reading.eras, (candidate) => candidate.to);
  if (!era) {
    const [first] = reading.eras;
    const example = first ? `（如「${first.dynasty}${reading.nameText}年间」）` : '';
    return fail(
      'ambiguous-era',
      `「${reading.dynastyText}${reading.nameText}」是多个年号：${listCandidates(reading.eras)}。请在年号前加朝代${example}，或写明具体年份。`,
      reading.eras,
    );
  }
  return {
    ok: true,
    date: {
      verbatim,
      year: era.from,
      precision: 'reign',
      approximate: false,
      range: { from: era.from, to: era.to },
      era: toEraYear(era, era.firstN),
      dynasty: era.dynasty,
    },
  };
}

function readPeriodDate(text: string, verbatim: string): DateParseResult | undefined {
  const period = readPeriod(text);
  if (!period) return undefined;
  return {
    ok: true,
    date: {
      verbatim,
      year: period.range.from,
      precision: 'period',
      approximate: true,
      range: period.range,
      dynasty: period.dynasty,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Unknown era names

const hanName = '\\p{Script=Han}+?';
const unknownEraYear = new RegExp(`^(${hanName})[${numeralCharacters}0-9]+年(.*)$`, 'u');
const unknownReign = new RegExp(`^(${hanName})(?:年间|年間|间|間)$`, 'u');

const dynastyNamesLongestFirst = [
  ...new Set(eraRecords.flatMap((era) => [era.dynasty, era.dynastyTraditional])),
].sort((a, b) => b.length - a.length);

function dynastyPrefixOf(text: string): string {
  return (
    dynastyNamesLongestFirst.find((dynasty) => text.startsWith(dynasty) && dynasty.length < text.length) ?? ''
  );
}

function unknownEra(text: string): Failure | undefined {
  const match = unknownEraYear.exec(text) ?? unknownReign.exec(text);
  const written = match?.[1];
  if (!written || /^(?:公元|前|约|約)/u.test(written)) return undefined;
  const after = match[2] ?? '';
  if (after !== '' && readLunarDate(after) !== 'valid') return undefined;
  // Drop a dynasty prefix (清乾龙八年 → 乾龙) before looking for similar names.
  const withoutPrefix = written.slice(dynastyPrefixOf(written).length);
  const name = withoutPrefix.length >= 2 ? withoutPrefix : written;
  const firstCharacter = name.slice(0, 1);
  const similar = [
    ...new Set(
      eraRecords
        .filter((era) => era.names.some((spelling) => spelling.startsWith(firstCharacter)))
        .map((era) => era.era),
    ),
  ].slice(0, 12);
  const suggestion =
    similar.length > 0
      ? `以「${firstCharacter}」开头的年号有：${similar.join('、')}。请核对写法。`
      : `请核对写法。${examples}`;
  return fail('unknown-era', `没有找到年号「${name}」。${suggestion}`);
}

// ---------------------------------------------------------------------------------------------
// Putting it together

type Piece =
  | { kind: 'western'; western: Western }
  | { kind: 'era'; piece: EraYearPiece }
  | { kind: 'span'; result: { ok: true; date: HistoricalDate } };

function readPiece(text: string, verbatim: string): { ok: true; piece: Piece } | Failure {
  const western = readWestern(text);
  if (western)
    return western.ok ? { ok: true, piece: { kind: 'western', western: western.western } } : western;
  const era = readEraYearPiece(text);
  if (era) return era.ok ? { ok: true, piece: { kind: 'era', piece: era.piece } } : era;
  // Periods first: 民国 is both a period and an era, and 民国时期 is the period.
  const span = readPeriodDate(text, verbatim) ?? readReign(text, verbatim);
  if (span) return span.ok ? { ok: true, piece: { kind: 'span', result: span } } : span;
  return unknownEra(text) ?? unparseable(verbatim);
}

function westernDate(verbatim: string, western: Western): HistoricalDate {
  const date: HistoricalDate = {
    verbatim,
    year: western.year,
    precision: western.precision,
    approximate: western.approximate,
  };
  if (western.month !== undefined) date.month = western.month;
  if (western.day !== undefined) date.day = western.day;
  return date;
}

/** 1662—1722, 约1553—1644, 前475—前221: the span written after a reign or period, as formatHistoricalDate shows it. */
function readYearRange(text: string): YearRange | undefined {
  const match = /^(?:约|約)?(前?[0-9]{1,4})年?(?:—+|–|~|至|到|-)(前?[0-9]{1,4})年?$/u.exec(text);
  if (!match) return undefined;
  const year = (written: string): number =>
    written.startsWith('前') ? -Number(written.slice(1)) : Number(written);
  return { from: year(match[1] ?? ''), to: year(match[2] ?? '') };
}

function parseBoth(outerText: string, innerText: string, verbatim: string): DateParseResult {
  const outer = readPiece(outerText, verbatim);
  if (!outer.ok) return outer;
  const range = readYearRange(innerText);
  if (outer.piece.kind === 'span' && range) {
    const { date } = outer.piece.result;
    const expected = date.range ?? { from: date.year, to: date.year };
    if (expected.from === range.from && expected.to === range.to) return outer.piece.result;
    return fail(
      'mismatch',
      `「${outerText}」是${formatSpan(expected.from, expected.to)}年，括号里写的是${formatSpan(range.from, range.to)}年，两者不一致。请核对来源，只保留正确的写法。`,
    );
  }
  const inner = readPiece(innerText, verbatim);
  if (!inner.ok) return inner;
  const pair =
    outer.piece.kind === 'era' && inner.piece.kind === 'western'
      ? { era: outer.piece.piece, western: inner.piece.western, westernInside: true }
      : outer.piece.kind === 'western' && inner.piece.kind === 'era'
        ? { era: inner.piece.piece, western: outer.piece.western, westernInside: false }
        : undefined;
  if (!pair) {
    return unparseable(
      verbatim,
      '括号内外应该一个是公元纪年、一个是年号纪年，如「乾隆八年（1743）」或「1743（乾隆八年）」。',
    );
  }
  const resolved = resolveWith(pair.era, pair.western, pair.westernInside);
  if (!resolved.ok) return resolved;
  return {
    ok: true,
    date: {
      ...westernDate(verbatim, pair.western),
      era: toEraYear(resolved.era, pair.era.n),
      dynasty: resolved.era.dynasty,
    },
  };
}

/**
 * Parses a historical date as written in sources and articles. Never throws: problems come back as
 * an error with a message for the person who wrote the date.
 */
export function parseHistoricalDate(input: string): DateParseResult {
  const verbatim = input.trim();
  if (verbatim === '') return fail('empty', `没有填写日期。${examples}`);
  const parts = splitParenthesis(normalizeDateText(verbatim));
  if (parts.length === 2) return parseBoth(parts[0], parts[1], verbatim);

  const piece = readPiece(parts[0], verbatim);
  if (!piece.ok) return piece;
  if (piece.piece.kind === 'western') return { ok: true, date: westernDate(verbatim, piece.piece.western) };
  if (piece.piece.kind === 'span') return piece.piece.result;
  const resolved = resolveAlone(piece.piece.piece);
  return resolved.ok ? { ok: true, date: eraDate(verbatim, resolved.era, piece.piece.piece.n) } : resolved;
}
