import { describe, expect, it } from 'vitest';
import {
  BOM,
  CSV_COLUMNS,
  csvField,
  dateRecord,
  datasetCsv,
  eraFormOf,
  formatBytes,
  parseCsv,
  plainText,
  recordedDateRecord,
  toCsv,
  type EventRecord,
  type WorthyRecord,
} from '../../src/lib/open-data-records.ts';
import { parsedDate } from '../helpers/historical-dates.ts';

describe('dates as published', () => {
  it('normalises a BCE year: negative, no year 0, shown with 前', () => {
    expect(dateRecord(parsedDate('前232'))).toEqual({
      verbatim: '前232',
      year: -232,
      month: undefined,
      day: undefined,
      precision: 'year',
      approximate: false,
      range: undefined,
      eraForm: undefined,
      display: '前232年',
    });
  });

  it('gives the reign-era form as written, or the era year of a Western year', () => {
    expect(dateRecord(parsedDate('乾隆八年（1743）'))).toMatchObject({ year: 1743, eraForm: '清乾隆八年' });
    expect(dateRecord(parsedDate('1743'))).toMatchObject({
      eraForm: '清乾隆八年',
      display: '1743年（清乾隆八年）',
    });
    expect(dateRecord(parsedDate('元鼎四年（前113）'))).toMatchObject({
      year: -113,
      eraForm: '西汉元鼎四年',
    });
    expect(eraFormOf(parsedDate('康熙年间'))).toBe('清康熙年间');
    expect(eraFormOf(parsedDate('明末'))).toBeUndefined();
    expect(dateRecord(parsedDate('明末'))).toMatchObject({
      precision: 'period',
      range: { from: 1553, to: 1644 },
    });
  });

  it('keeps other sources’ readings and the note', () => {
    const record = recordedDateRecord({
      ...parsedDate('1800'),
      alternatives: [parsedDate('1801')],
      note: '两说并存',
    });
    expect(record.alternatives.map((a) => a.year)).toEqual([1801]);
    expect(record.note).toBe('两说并存');
  });

  it('turns wiki links and citations into plain text', () => {
    expect(plainText('见[[项羽]]与[[宿豫|宿预县]][@S01]。\n')).toBe('见项羽与宿预县[S01]。');
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('项羽')).toBe('项羽');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(-232)).toBe('-232');
    expect(csvField(false)).toBe('false');
  });

  it('starts with a BOM, ends lines with CRLF and parses back to the same rows', () => {
    const rows = [
      ['xiang-yu', '项羽', '字:羽；名:项籍', '-232'],
      ['yu-ji', '虞姬, "美人"', '', '史记[M].\n北京: 中华书局, 1959.'],
    ];
    const text = toCsv(['id', 'name', 'aliases', 'year'], rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['id', 'name', 'aliases', 'year'], ...rows]);
  });

  it('writes a dataset with one column per documented field', () => {
    const event: EventRecord = {
      id: 'song-ren-qian-su',
      title: '《春秋》记下「宋人迁宿」一事。',
      date: recordedDateRecord({ ...parsedDate('前684'), alternatives: [] }),
      places: ['su-yu', 'su-qian-shi'],
      worthies: [],
      districts: ['sucheng'],
      sources: [
        { id: 'S32', citation: '春秋左传[M]. 北京: 中华书局, 1981.', notes: [] },
        { id: 'S04', citation: '看地名, 解历史[EB/OL].', notes: [] },
      ],
    };
    const [header, row] = parseCsv(datasetCsv('events', [event]));
    expect(header).toEqual(CSV_COLUMNS.events.map((c) => c.name));
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('date_year')).toBe('-684');
    expect(cell('date_display')).toBe('前684年');
    expect(cell('places')).toBe('su-yu；su-qian-shi');
    expect(cell('source_ids')).toBe('S32；S04');
    expect(cell('citations')).toBe('春秋左传[M]. 北京: 中华书局, 1981.\n看地名, 解历史[EB/OL].');
  });

  it('writes relations with the other side’s id, outside people by name, derived ones marked', () => {
    const worthy = {
      id: 'li-mou',
      url: 'https://example.org/worthies/li-mou/',
      name: '李某',
      aliases: [],
      sex: '男',
      living: false,
      connection: '关联',
      places: [],
      districts: [],
      categories: ['军事'],
      relations: [
        { role: '父', group: '亲属', to: 'wang-mou', name: '王某', derived: true },
        { role: '师', group: '师承', name: '某师', derived: false },
      ],
      summary: '测试',
      sources: [],
    } satisfies WorthyRecord;
    const [header, row] = parseCsv(datasetCsv('worthies', [worthy]));
    expect(row?.[header?.indexOf('relations') ?? -1]).toBe('父:wang-mou（反向）；师:某师（库外）');
    expect(CSV_COLUMNS.worthies.every((c) => c.description.length > 0)).toBe(true);
  });

  it('formats file sizes', () => {
    expect(formatBytes(860)).toBe('860 B');
    expect(formatBytes(12_600)).toBe('12.3 KB');
    expect(formatBytes(1_300_000)).toBe('1.2 MB');
  });
});
