/**
 * Open data: the shapes of the published JSON records, their CSV twins (RFC 4180, UTF-8 with a
 * byte-order mark so that Excel reads Chinese correctly) and the field descriptions the 数据下载 page
 * shows. Pure: the archive is turned into these records in src/views/open-data.ts.
 */
import { eraYearOf, formatEraYear, type HistoricalDate } from './dates/index.ts';
import { dateInBothForms } from './date-display.ts';

/** A date as published: the verbatim text, the normalised year and how exact it is. */
export interface DateRecord {
  /** As written in the entry: 乾隆八年（1743）, 前232, 明末. */
  verbatim: string;
  /** Historical year, negative for BCE (no year 0); the start year for spans. */
  year: number;
  month?: number | undefined;
  day?: number | undefined;
  precision: HistoricalDate['precision'];
  approximate: boolean;
  /** First and last year of a reign or period. */
  range?: { from: number; to: number } | undefined;
  /** The reign-era form: 清乾隆八年; for a Western year, the era year it falls in. */
  eraForm?: string | undefined;
  /** Display form with both calendars: 乾隆八年（1743）, 1716年（清康熙五十五年）, 前232年. */
  display: string;
}

export interface RecordedDateRecord extends DateRecord {
  /** Other sources' readings. */
  alternatives: DateRecord[];
  note?: string | undefined;
}

/** A cited source: its bibliography id and the formatted GB/T 7714 citation. */
export interface SourceRecord {
  id?: string | undefined;
  citation: string;
  /** Pages or notes specific to this entry. */
  notes: string[];
  url?: string | undefined;
}

export interface RelationRecord {
  /** The other person's role for this person (叔父). */
  role: string;
  group: string;
  /** The other person's id, when in the archive. */
  to?: string | undefined;
  /** The other person's name. */
  name: string;
  /** True when written on the other person's entry and derived here. */
  derived: boolean;
  note?: string | undefined;
}

export interface WorthyRecord {
  id: string;
  url: string;
  name: string;
  aliases: { type: string; name: string; note?: string | undefined }[];
  sex: string;
  living: boolean;
  born?: RecordedDateRecord | undefined;
  died?: RecordedDateRecord | undefined;
  dynasty?: string | undefined;
  period?: string | undefined;
  /** Browsing era (先秦 … 当代). */
  era?: string | undefined;
  connection: string;
  native?:
    | { place?: string | undefined; as: string; today?: string | undefined; note?: string | undefined }
    | undefined;
  places: string[];
  districts: string[];
  categories: string[];
  relations: RelationRecord[];
  summary: string;
  sources: SourceRecord[];
}

export interface PlaceRecord {
  id: string;
  url: string;
  name: string;
  kind: string;
  aliases: string[];
  districts: string[];
  within?: string | undefined;
  names: {
    name: string;
    from?: RecordedDateRecord | undefined;
    to?: RecordedDateRecord | undefined;
    note?: string | undefined;
  }[];
  coordinates?: { lat: number; lon: number; source: string } | undefined;
  summary: string;
  description?: string | undefined;
  sources: SourceRecord[];
}

export interface HeritageRecord {
  id: string;
  url: string;
  name: string;
  kind: string;
  aliases: string[];
  listings: {
    level: string;
    year?: number | undefined;
    batch?: string | undefined;
    number?: string | undefined;
    title?: string | undefined;
    note?: string | undefined;
  }[];
  places: string[];
  worthies: string[];
  districts: string[];
  summary: string;
  sources: SourceRecord[];
}

export interface StudyRecord {
  id: string;
  url: string;
  title: string;
  subtitle?: string | undefined;
  authors: string[];
  date: string;
  series?: string | undefined;
  volume?: number | undefined;
  order?: number | undefined;
  about: { worthies: string[]; places: string[]; heritage: string[] };
  summary: string;
  sources: SourceRecord[];
}

export interface EventRecord {
  id: string;
  title: string;
  date: RecordedDateRecord;
  description?: string | undefined;
  places: string[];
  worthies: string[];
  districts: string[];
  sources: SourceRecord[];
}

export interface DatasetRecords {
  worthies: WorthyRecord[];
  places: PlaceRecord[];
  heritage: HeritageRecord[];
  studies: StudyRecord[];
  events: EventRecord[];
}
export type DatasetName = keyof DatasetRecords;
export const DATASET_NAMES: readonly DatasetName[] = ['worthies', 'places', 'heritage', 'studies', 'events'];

/** The reign-era form of a date: as written, or the era year a plain Western year falls in. */
export function eraFormOf(date: HistoricalDate): string | undefined {
  if (date.era && date.precision !== 'reign') return formatEraYear(date.era, true);
  if (date.era) return `${date.era.dynasty}${date.era.era}年间`;
  if (date.precision === 'period' || date.approximate) return undefined;
  const era = eraYearOf(date.year);
  return era ? formatEraYear(era, true) : undefined;
}

export function dateRecord(date: HistoricalDate): DateRecord {
  return {
    verbatim: date.verbatim,
    year: date.year,
    month: date.month,
    day: date.day,
    precision: date.precision,
    approximate: date.approximate,
    range: date.range ? { from: date.range.from, to: date.range.to } : undefined,
    eraForm: eraFormOf(date),
    display: dateInBothForms(date),
  };
}

export function recordedDateRecord(
  date: HistoricalDate & { alternatives: readonly HistoricalDate[]; note?: string | undefined },
): RecordedDateRecord {
  return { ...dateRecord(date), alternatives: date.alternatives.map(dateRecord), note: date.note };
}

/** Markdown with `[[链接|文字]]` and `[@S01]` as plain text: 文字, [S01]. */
export function plainText(markdown: string): string {
  return markdown
    .replace(
      /\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/g,
      (_, target: string, label?: string) => label ?? target,
    )
    .replace(/\[@([A-Za-z0-9][\w-]*)\]/g, '[$1]')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// CSV

export type CsvValue = string | number | boolean | undefined | null;

/**
 * Text that a spreadsheet would read as a formula (OWASP, "CSV Injection"): a cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return. Plain numbers such as a BCE year (-232) are left
 * alone: they cannot hold a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). Text that a
 * spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets show as text;
 * the JSON files keep the exact value.
 */
export function csvField(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  const raw = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  const text =
    typeof value === 'string' && FORMULA_START.test(raw) && !PLAIN_NUMBER.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Byte-order mark: Excel opens UTF-8 CSV as UTF-8 only when the file starts with it. */
export const BOM = '\uFEFF';

/** A CSV file: BOM, header, rows, CRLF line ends (RFC 4180), ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV (a leading BOM is dropped); for tests and scripts. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const char = input.charAt(i);
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Lists inside one CSV cell are joined with a full-width semicolon. */
const LIST = '；';
/** Citations, which may themselves hold semicolons, go one per line within the cell. */
const LINES = '\n';

interface Column<R> {
  name: string;
  description: string;
  value: (record: R) => CsvValue;
}

function dateColumns<R>(prefix: string, label: string, pick: (r: R) => DateRecord | undefined): Column<R>[] {
  return [
    { name: `${prefix}_verbatim`, description: `${label}：原文写法`, value: (r) => pick(r)?.verbatim },
    {
      name: `${prefix}_year`,
      description: `${label}：公元年（负数为公元前，没有0年）`,
      value: (r) => pick(r)?.year,
    },
    {
      name: `${prefix}_precision`,
      description: `${label}：精度 day/month/year/reign（年号年间）/period（时期）`,
      value: (r) => pick(r)?.precision,
    },
    {
      name: `${prefix}_approximate`,
      description: `${label}：是否为约数`,
      value: (r) => pick(r)?.approximate,
    },
    { name: `${prefix}_era_form`, description: `${label}：年号纪年`, value: (r) => pick(r)?.eraForm },
    {
      name: `${prefix}_display`,
      description: `${label}：两种纪年并列的显示形式`,
      value: (r) => pick(r)?.display,
    },
  ];
}

const sourceColumns = <R extends { sources: SourceRecord[] }>(): Column<R>[] => [
  {
    name: 'source_ids',
    description: '来源编号（见文献库），以「；」分隔；就地写出的来源没有编号',
    value: (r) => r.sources.map((s) => s.id ?? '').join(LIST),
  },
  {
    name: 'citations',
    description: '来源的 GB/T 7714 著录，每条一行',
    value: (r) => r.sources.map((s) => s.citation).join(LINES),
  },
];

const urlColumn = <R extends { url: string }>(): Column<R> => ({
  name: 'url',
  description: '条目页面',
  value: (r) => r.url,
});

function relationText(relation: RelationRecord): string {
  const who = relation.to ?? `${relation.name}（库外）`;
  return `${relation.role}:${who}${relation.derived ? '（反向）' : ''}`;
}

function nameText(name: PlaceRecord['names'][number]): string {
  const span = [name.from?.display, name.to?.display].filter(Boolean).join('—');
  return span ? `${name.name}（${span}）` : name.name;
}

export const CSV_COLUMNS: { [N in DatasetName]: Column<DatasetRecords[N][number]>[] } = {
  worthies: [
    { name: 'id', description: '条目编号（文件名，永久不变）', value: (r) => r.id },
    { name: 'name', description: '姓名', value: (r) => r.name },
    {
      name: 'aliases',
      description: '其他名称，「类型:名称」，以「；」分隔',
      value: (r) => r.aliases.map((a) => `${a.type}:${a.name}`).join(LIST),
    },
    { name: 'sex', description: '性别', value: (r) => r.sex },
    { name: 'living', description: '是否在世', value: (r) => r.living },
    ...dateColumns<WorthyRecord>('born', '生年', (r) => r.born),
    ...dateColumns<WorthyRecord>('died', '卒年', (r) => r.died),
    { name: 'dynasty', description: '朝代（条目所写）', value: (r) => r.dynasty },
    { name: 'period', description: '时代说明', value: (r) => r.period },
    { name: 'era', description: '浏览用的时代分组', value: (r) => r.era },
    { name: 'connection', description: '与本地的关系：本籍、寓居、宦迹、关联', value: (r) => r.connection },
    { name: 'native_place', description: '籍贯的地名条目编号', value: (r) => r.native?.place },
    { name: 'native_as', description: '籍贯在来源中的写法', value: (r) => r.native?.as },
    { name: 'places', description: '相关地点的条目编号', value: (r) => r.places.join(LIST) },
    { name: 'districts', description: '所属区县（站点配置的编号）', value: (r) => r.districts.join(LIST) },
    { name: 'categories', description: '类别', value: (r) => r.categories.join(LIST) },
    {
      name: 'relations',
      description: '人物关系「称谓:对方编号」；库外人物写姓名并注「库外」，由对方条目推出的注「反向」',
      value: (r) => r.relations.map(relationText).join(LIST),
    },
    { name: 'summary', description: '简介', value: (r) => r.summary },
    ...sourceColumns<WorthyRecord>(),
    urlColumn<WorthyRecord>(),
  ],
  places: [
    { name: 'id', description: '条目编号（文件名，永久不变）', value: (r) => r.id },
    { name: 'name', description: '名称', value: (r) => r.name },
    { name: 'kind', description: '类型', value: (r) => r.kind },
    { name: 'aliases', description: '别称', value: (r) => r.aliases.join(LIST) },
    {
      name: 'districts',
      description: '今属区县；空白表示地望未定或不在市境内',
      value: (r) => r.districts.join(LIST),
    },
    { name: 'within', description: '上级地点的条目编号', value: (r) => r.within },
    { name: 'names', description: '历代名称及起止', value: (r) => r.names.map(nameText).join(LIST) },
    { name: 'lat', description: '纬度（只在来源给出时）', value: (r) => r.coordinates?.lat },
    { name: 'lon', description: '经度（只在来源给出时）', value: (r) => r.coordinates?.lon },
    { name: 'coordinates_source', description: '坐标的来源编号', value: (r) => r.coordinates?.source },
    { name: 'summary', description: '简介', value: (r) => r.summary },
    ...sourceColumns<PlaceRecord>(),
    urlColumn<PlaceRecord>(),
  ],
  heritage: [
    { name: 'id', description: '条目编号（文件名，永久不变）', value: (r) => r.id },
    { name: 'name', description: '名称', value: (r) => r.name },
    { name: 'kind', description: '类型', value: (r) => r.kind },
    { name: 'aliases', description: '别称', value: (r) => r.aliases.join(LIST) },
    {
      name: 'listings',
      description: '非遗名录：级别、公布年份、批次、编号',
      value: (r) =>
        r.listings
          .map((l) => [l.level, l.year, l.batch, l.number].filter((x) => x !== undefined).join(' '))
          .join(LIST),
    },
    { name: 'places', description: '相关地点的条目编号', value: (r) => r.places.join(LIST) },
    { name: 'worthies', description: '相关人物的条目编号', value: (r) => r.worthies.join(LIST) },
    { name: 'districts', description: '所属区县（由相关地点推出）', value: (r) => r.districts.join(LIST) },
    { name: 'summary', description: '简介', value: (r) => r.summary },
    ...sourceColumns<HeritageRecord>(),
    urlColumn<HeritageRecord>(),
  ],
  studies: [
    { name: 'id', description: '条目编号（文件名，永久不变）', value: (r) => r.id },
    { name: 'title', description: '题目', value: (r) => r.title },
    { name: 'subtitle', description: '副题', value: (r) => r.subtitle },
    { name: 'authors', description: '作者', value: (r) => r.authors.join(LIST) },
    { name: 'date', description: '发表日期', value: (r) => r.date },
    { name: 'series', description: '所属丛书的编号', value: (r) => r.series },
    { name: 'volume', description: '册次', value: (r) => r.volume },
    { name: 'order', description: '册内顺序', value: (r) => r.order },
    { name: 'about_worthies', description: '涉及人物', value: (r) => r.about.worthies.join(LIST) },
    { name: 'about_places', description: '涉及地点', value: (r) => r.about.places.join(LIST) },
    { name: 'about_heritage', description: '涉及乡愁条目', value: (r) => r.about.heritage.join(LIST) },
    { name: 'summary', description: '提要', value: (r) => r.summary },
    ...sourceColumns<StudyRecord>(),
    urlColumn<StudyRecord>(),
  ],
  events: [
    { name: 'id', description: '事件编号（文件名，永久不变）', value: (r) => r.id },
    { name: 'title', description: '事件', value: (r) => r.title },
    ...dateColumns<EventRecord>('date', '日期', (r) => r.date),
    { name: 'description', description: '说明（纯文本，[S01] 为来源编号）', value: (r) => r.description },
    { name: 'places', description: '相关地点的条目编号', value: (r) => r.places.join(LIST) },
    { name: 'worthies', description: '相关人物的条目编号', value: (r) => r.worthies.join(LIST) },
    { name: 'districts', description: '所属区县（由相关地点推出）', value: (r) => r.districts.join(LIST) },
    ...sourceColumns<EventRecord>(),
  ],
};

/** The CSV twin of a dataset's records. */
export function datasetCsv<N extends DatasetName>(
  name: N,
  records: readonly DatasetRecords[N][number][],
): string {
  const columns = CSV_COLUMNS[name] as Column<DatasetRecords[N][number]>[];
  return toCsv(
    columns.map((c) => c.name),
    records.map((record) => columns.map((c) => c.value(record))),
  );
}

/** '12.3 KB', '860 B', '1.2 MB'. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
