/**
 * Builds src/lib/dates/eras.json from the DDBC reign-era table (../shared/data/eras-ddbc.tsv).
 *
 *   node_modules/.bin/node scripts/build-eras.ts [path/to/eras-ddbc.tsv]
 *
 * Adds simplified spellings (opencc-js, tw → cn), applies the documented overrides below, merges
 * rows that continue one era (順治 year 18 under the next emperor), and prints a warning list.
 * The output is deterministic: one era per line, sorted by start year.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import type { EraRecord } from '../src/lib/dates/date-types.ts';
import { addYears, yearsBetween } from '../src/lib/dates/years.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const sourcePath = process.argv[2] ?? `${repoRoot}../shared/data/eras-ddbc.tsv`;
const outputPath = `${repoRoot}src/lib/dates/eras.json`;

interface Row {
  id: number;
  era: string;
  alternates: string[];
  dynasty: string;
  emperor: string;
  firstN: number;
  lastN: number;
  start: number;
  end: number;
}

interface Override {
  id: number;
  /** The row's current values, so a changed source table is noticed instead of silently re-overridden. */
  expect: Partial<Row>;
  set: Partial<Row>;
  reason: string;
}

// Every override is also listed, with its reason, in src/lib/dates/eras.README.md.
const overrides: Override[] = [
  // 崇禎 was kept by loyalists long after 1644; the Ming era ends with 崇禎十七年.
  {
    id: 650,
    expect: { era: '崇禎', lastN: 268, end: 1895 },
    set: { lastN: 17, end: 1644 },
    reason: '崇禎 capped at year 17 (1644); the source continues it to 1895 for loyalist use.',
  },
  // Same loyalist pattern: 前涼 kept 建興 to 361 (those rows are separate), 西晉 ended in 317.
  {
    id: 86,
    expect: { era: '建興', dynasty: '西晉', lastN: 49, end: 361 },
    set: { lastN: 5, end: 317 },
    reason: '西晉 建興 capped at year 5 (317); years 6–49 were 前涼 loyalist use, listed separately.',
  },
  // 前涼 kept 升平 to 376 (separate rows); in 東晉 it was followed by 隆和 in 362.
  {
    id: 95,
    expect: { era: '升平', dynasty: '東晉', lastN: 20, end: 376 },
    set: { lastN: 5, end: 361 },
    reason: '東晉 升平 capped at year 5 (361; row 1261 continues it to 362); years to 376 were 前涼 use.',
  },
  // The row reads 1–37, -209 to -210: a copy of 始皇帝's numbers. 秦二世 reigned 3 years.
  {
    id: 729,
    expect: { emperor: '二世', lastN: 37, end: -210 },
    set: { lastN: 3, end: -207 },
    reason: '秦二世 row fixed to years 1–3 (-209 to -207); the source gives 1–37 ending before it starts.',
  },
  // 吳越 followed the 後漢 calendar; 後周's 廣順 replaced 乾祐 in 951. last_n 13 is a typo.
  {
    id: 758,
    expect: { era: '乾祐', dynasty: '吳越', lastN: 13, end: 948 },
    set: { lastN: 3, end: 950 },
    reason: '吳越 乾祐 fixed to years 1–3 (948–950); the source gives 13 years ending in 948.',
  },
  // 安帝 died in the last month of 義熙十四年 (418); 恭帝's row continues that year but dates it 419.
  {
    id: 1266,
    expect: { era: '義熙', firstN: 14, start: 419, end: 419 },
    set: { start: 418, end: 418 },
    reason:
      '東晉 義熙 year 14 under 恭帝 dated 418 like the main row; the source gives 419, so 義熙十四年 had two years.',
  },
  // -157 is 文帝's 後元七年 (row 725); this continuation row under 景帝 lost the （後元） label.
  {
    id: 1217,
    expect: { era: '（無年號）', firstN: 7, start: -157 },
    set: { era: '（後元）' },
    reason:
      '西漢 文帝 row for -157 relabelled （後元）: it is 後元七年 (row 725), not year 7 of the reign count.',
  },
  // The source has only 1911 for 民國; the Republic era counts from 1912 (民國元年) and is used to 1949.
  {
    id: 669,
    expect: { era: '民國', start: 1911, end: 1911 },
    set: { alternates: ['中華民國'], emperor: '', lastN: 38, start: 1912, end: 1949 },
    reason: '民國 set to years 1–38 (1912–1949) with 中華民國 as a variant; the source row has only 1911.',
  },
];

/** No legitimate era lasted longer than 康熙 (61 years); longer ones are loyalist extensions. */
const longestEra = 61;

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
/** Characters opencc over-simplifies in names: 乾 (qián, as in 乾隆) is not 干. */
const keepAsWritten = new Set(['乾']);

function simplify(text: string): string {
  const source = Array.from(text);
  const converted = Array.from(t2s(text));
  if (source.length !== converted.length) return converted.join('');
  return converted
    .map((char, i) => (keepAsWritten.has(source[i] ?? '') ? (source[i] ?? char) : char))
    .join('');
}

function readRows(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  return lines.slice(1).map((line) => {
    const [id, era, alternates, dynasty, emperor, firstN, lastN, start, end] = line.split('\t');
    return {
      id: Number(id),
      era: era ?? '',
      alternates: (alternates ?? '').split('|').filter((name) => name !== ''),
      dynasty: dynasty ?? '',
      emperor: emperor ?? '',
      firstN: Number(firstN),
      lastN: Number(lastN),
      start: Number(start),
      end: Number(end),
    };
  });
}

function describe(row: Row): string {
  const who = [row.dynasty, row.era, row.emperor].filter((part) => part !== '').join(' ');
  return `row ${row.id} ${who} (${row.firstN}–${row.lastN}, ${row.start} to ${row.end})`;
}

function inconsistency(row: Row): string | undefined {
  if (row.end < row.start) return 'ends before it starts';
  if (yearsBetween(row.start, row.end) !== row.lastN - row.firstN)
    return 'year span does not match the era-year numbers';
  if (row.lastN - row.firstN + 1 > longestEra) return `longer than ${longestEra} years`;
  return undefined;
}

const warnings: string[] = [];
const rows = readRows(sourcePath);

for (const override of overrides) {
  const row = rows.find((candidate) => candidate.id === override.id);
  const matches =
    row && Object.entries(override.expect).every(([key, value]) => row[key as keyof Row] === value);
  if (!row || !matches) {
    warnings.push(
      `override for row ${override.id} not applied: the source row changed (${row ? describe(row) : 'missing'})`,
    );
    continue;
  }
  const problem = inconsistency(row);
  Object.assign(row, override.set);
  warnings.push(`fixed ${describe(row)}${problem ? ` [was: ${problem}]` : ''}: ${override.reason}`);
}

const usable = rows.filter((row) => {
  const problem = inconsistency(row);
  if (problem) warnings.push(`excluded ${describe(row)}: ${problem}`);
  return problem === undefined;
});

/** （無年號） and （失年號） count reign years without an era name; （後元）/（中元） are conventional names, not eras. */
function eraName(row: Row): { name: string; matchable: boolean } {
  if (!row.era.startsWith('（')) return { name: row.era, matchable: true };
  // 後燕 世祖's （無年號） row carries its era name (燕元) only as a variant.
  const alternate = row.alternates[0];
  if (alternate) return { name: alternate, matchable: true };
  const inner = row.era.slice(1, -1);
  return { name: inner === '後元' || inner === '中元' ? inner : '', matchable: false };
}

/** Historical year of era-year 0 of this row, so rows with the same numbering can be recognised. */
function numberingOrigin(row: Row): number {
  return yearsBetween(1, row.start) - row.firstN;
}

function withoutNote(emperor: string): string {
  // 高祖（漢王）: the note says under which title or successor the years were counted.
  return emperor.replace(/（[^）]*）$/, '');
}

// Merge rows of one dynasty and era name whose numbering agrees and whose years touch or overlap.
const groups = new Map<string, Row[][]>();
for (const row of [...usable].sort((a, b) => a.start - b.start || a.firstN - b.firstN || a.id - b.id)) {
  // Reign-year counts without an era name are told apart by emperor (北周 孝閔帝 and 明帝 both start in 557).
  const { name } = eraName(row);
  const key = name === '' ? `${row.dynasty}\t\t${withoutNote(row.emperor)}` : `${row.dynasty}\t${name}`;
  const runs = groups.get(key) ?? [];
  const run = runs.find((candidate) =>
    candidate.some(
      (member) => numberingOrigin(member) === numberingOrigin(row) && row.firstN <= member.lastN + 1,
    ),
  );
  if (run) run.push(row);
  else runs.push([row]);
  groups.set(key, runs);
}

// A row that continues an era (first_n > 1) but whose numbering disagrees with the era's main row
// would give one era-year two western years; such rows are left out unless an override fixes them.
for (const [key, runs] of groups) {
  const kept = runs.filter((run) => {
    const first = run[0];
    const conflict = runs.find(
      (other) =>
        other !== run &&
        first !== undefined &&
        first.firstN > 1 &&
        other.some((member) => first.firstN >= member.firstN && first.firstN <= member.lastN + 1),
    );
    if (first && conflict)
      warnings.push(`excluded ${run.map(describe).join(', ')}: continues an era but its years disagree`);
    return !conflict;
  });
  groups.set(key, kept);
}

const records: EraRecord[] = [];
for (const runs of groups.values()) {
  for (const run of runs) {
    const first = run[0];
    if (!first) continue;
    const { name, matchable } = eraName(first);
    const firstN = Math.min(...run.map((row) => row.firstN));
    const lastN = Math.max(...run.map((row) => row.lastN));
    const spellings = matchable ? [name, ...run.flatMap((row) => [row.era, ...row.alternates])] : [];
    const names = [
      ...new Set(
        spellings
          .filter((spelling) => !spelling.startsWith('（'))
          .flatMap((spelling) => [spelling, simplify(spelling)]),
      ),
    ];
    const emperor = withoutNote(first.emperor);
    records.push({
      ids: run.map((row) => row.id).sort((a, b) => a - b),
      era: simplify(name),
      eraTraditional: name,
      names,
      dynasty: simplify(first.dynasty),
      dynastyTraditional: first.dynasty,
      emperor: simplify(emperor),
      emperorTraditional: emperor,
      firstN,
      lastN,
      from: addYears(first.start, firstN - first.firstN),
      to: addYears(first.start, lastN - first.firstN),
    });
  }
}

records.sort((a, b) => a.from - b.from || a.to - b.to || (a.ids[0] ?? 0) - (b.ids[0] ?? 0));

const header = {
  source:
    'DDBC Time Authority Database (Dharma Drum Buddhist College, 2008–2010), authority_time/SQL/authority_time_chinese.sql in ddbc/Authority-Databases',
  licence:
    'CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/); see eras.README.md for the changes made',
};
const json = [
  '{',
  `"source": ${JSON.stringify(header.source)},`,
  `"licence": ${JSON.stringify(header.licence)},`,
  '"eras": [',
  records.map((record) => JSON.stringify(record)).join(',\n'),
  ']',
  '}',
  '',
].join('\n');
writeFileSync(outputPath, json);

process.stdout.write(`read ${rows.length} rows, wrote ${records.length} eras to src/lib/dates/eras.json\n`);
if (warnings.length > 0)
  process.stdout.write(`warnings:\n${warnings.map((warning) => `  - ${warning}`).join('\n')}\n`);
