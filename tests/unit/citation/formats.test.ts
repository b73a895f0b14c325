import { describe, expect, it } from 'vitest';
import { bibtexKey, escapeBibtex, formatBibtex } from '../../../src/lib/citation/bibtex.ts';
import { formatCslJson, toCsl } from '../../../src/lib/citation/csl-json.ts';
import { calendarDay, citeEntry } from '../../../src/lib/citation/entry-citation.ts';
import { dateParts, nameParts, pageRange } from '../../../src/lib/citation/format-fields.ts';
import type { CitableSource } from '../../../src/lib/citation/gbt7714.ts';
import { formatRis } from '../../../src/lib/citation/ris.ts';
import { CHAPTER } from '../../helpers/sample-sources.ts';

const entry = {
  title: '项羽',
  publisher: '乡贤文史库编辑部',
  siteName: '乡贤文史库·宿迁',
  updated: '2026-11-20',
  accessed: '2026-11-28',
  url: 'https://xiangxian.example.org/worthies/xiang-yu/',
  key: 'worthies-xiang-yu',
};

const chapter: CitableSource = CHAPTER;

const article: CitableSource = {
  kind: '期刊',
  title: 'Local Gazetteers in Late Imperial China',
  authors: ['John Smith', 'Jane Doe'],
  container: 'Late Imperial China',
  date: '2020-06',
  volume: '41',
  issue: '1',
  pages: '1–30',
};

describe('the entry citation', () => {
  const cited = citeEntry(entry);

  it('is an electronic resource in GB/T 7714-2015', () => {
    expect(cited.text).toBe(
      '乡贤文史库编辑部. 项羽[EB/OL]. 乡贤文史库·宿迁, (2026-11-20)[2026-11-28]. https://xiangxian.example.org/worthies/xiang-yu/.',
    );
  });

  it('is an @online record in BibTeX, with the publisher braced as one name', () => {
    expect(cited.bibtex).toBe(
      [
        '@online{worthies-xiang-yu,',
        '  author = {{乡贤文史库编辑部}},',
        '  title = {项羽},',
        '  organization = {乡贤文史库·宿迁},',
        '  date = {2026-11-20},',
        '  year = {2026},',
        '  url = {https://xiangxian.example.org/worthies/xiang-yu/},',
        '  urldate = {2026-11-28},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('is an ELEC record in RIS, CRLF line ends, access date in Y2', () => {
    // Split at CRLF only: a bare LF would stay inside its line and show there.
    expect(cited.ris.split('\r\n')).toEqual([
      'TY  - ELEC',
      'AU  - 乡贤文史库编辑部',
      'TI  - 项羽',
      'T2  - 乡贤文史库·宿迁',
      'PY  - 2026',
      'DA  - 2026/11/20/',
      'UR  - https://xiangxian.example.org/worthies/xiang-yu/',
      'Y2  - 2026/11/28/',
      'LA  - zh-CN',
      'ER  - ',
      '',
    ]);
  });

  it('is a webpage item in CSL-JSON, the publisher as a literal name', () => {
    expect(JSON.parse(cited.cslJson)).toEqual([
      {
        id: 'worthies-xiang-yu',
        type: 'webpage',
        title: '项羽',
        author: [{ literal: '乡贤文史库编辑部' }],
        'container-title': '乡贤文史库·宿迁',
        issued: { 'date-parts': [[2026, 11, 20]] },
        accessed: { 'date-parts': [[2026, 11, 28]] },
        URL: 'https://xiangxian.example.org/worthies/xiang-yu/',
        language: 'zh-CN',
      },
    ]);
  });
});

describe('BibTeX for the kinds of sources', () => {
  it('writes a chapter as @incollection with booktitle, editor and a page range with --', () => {
    expect(formatBibtex(chapter, 'S12')).toBe(
      [
        '@incollection{S12,',
        '  author = {{陈某}},',
        '  editor = {{周某}},',
        '  title = {清代县级行政区划考},',
        '  booktitle = {历史地理论丛},',
        '  publisher = {复旦大学出版社},',
        '  location = {上海},',
        '  pages = {101--120},',
        '  date = {2001},',
        '  year = {2001},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes an article with Western authors as "Family, Given" joined by and', () => {
    expect(formatBibtex(article, 'smith2020')).toContain('  author = {Smith, John and Doe, Jane},\n');
    expect(formatBibtex(article, 'smith2020')).toContain('  journal = {Late Imperial China},\n');
    expect(formatBibtex(article, 'smith2020')).toContain(
      '  volume = {41},\n  number = {1},\n  pages = {1--30},\n',
    );
  });

  it('writes a gazetteer’s 卷 as its volume and its 版本 as its edition', () => {
    const record = formatBibtex(
      { kind: '方志', title: '宿迁县志', juan: '卷三', authors: ['李德溥'], edition: '清同治十三年刻本' },
      'S3',
    );
    expect(record).toMatch(/^@book\{S3,/);
    expect(record).toContain('  edition = {清同治十三年刻本},\n  volume = {卷三},\n');
  });

  it('writes a thesis’ university as its institution and a newspaper as an article of subtype newspaper', () => {
    expect(
      formatBibtex({ kind: '学位论文', title: '某研究', authors: ['李某'], publisher: '南京大学' }, 'x'),
    ).toContain('@thesis{x,\n  author = {{李某}},\n  title = {某研究},\n  institution = {南京大学},\n');
    expect(formatBibtex({ kind: '报纸', title: '某报道', container: '宿迁日报' }, 'y')).toContain(
      '  journal = {宿迁日报},\n  entrysubtype = {newspaper},\n',
    );
  });

  it('escapes TeX’s special characters but leaves URLs as they are', () => {
    expect(escapeBibtex('50% & {more} #1 a_b ~ ^')).toBe('50\\% \\& \\{more\\} \\#1 a\\_b \\~{} \\^{}');
    const record = formatBibtex(
      { kind: '网页', title: 'A_B', url: 'https://example.org/a_b?x=1&y=%20', accessed: '2026-01-02' },
      'k',
    );
    expect(record).toContain('  title = {A\\_B},\n');
    expect(record).toContain('  url = {https://example.org/a_b?x=1&y=%20},\n  urldate = {2026-01-02},\n');
  });

  it('makes keys from letters, digits and hyphens', () => {
    expect(bibtexKey('worthies/xiang yu')).toBe('worthies-xiang-yu');
    expect(bibtexKey('项羽')).toBe('source');
  });
});

describe('RIS and CSL-JSON for the kinds of sources', () => {
  it('writes a chapter as CHAP with the editor, book title and start and end pages', () => {
    expect(formatRis(chapter).split('\r\n')).toEqual([
      'TY  - CHAP',
      'AU  - 陈某',
      'ED  - 周某',
      'TI  - 清代县级行政区划考',
      'T2  - 历史地理论丛',
      'PY  - 2001',
      'DA  - 2001///',
      'SP  - 101',
      'EP  - 120',
      'CY  - 上海',
      'PB  - 复旦大学出版社',
      'ER  - ',
      '',
    ]);
  });

  it('writes a journal article as JOUR and article-journal, splitting Western names', () => {
    const ris = formatRis(article);
    expect(ris).toContain('TY  - JOUR\r\nAU  - Smith, John\r\nAU  - Doe, Jane\r\n');
    expect(ris).toContain('DA  - 2020/06//\r\n');
    expect(ris).toContain('VL  - 41\r\nIS  - 1\r\nSP  - 1\r\nEP  - 30\r\n');
    expect(toCsl(article, 'a')).toEqual({
      id: 'a',
      type: 'article-journal',
      title: 'Local Gazetteers in Late Imperial China',
      author: [
        { family: 'Smith', given: 'John' },
        { family: 'Doe', given: 'Jane' },
      ],
      'container-title': 'Late Imperial China',
      volume: '41',
      issue: '1',
      page: '1–30',
      issued: { 'date-parts': [[2020, 6]] },
    });
  });

  it('writes a chapter in CSL with editor, place and publisher, and a file as an array', () => {
    const file = JSON.parse(formatCslJson([toCsl(chapter, 'S12')])) as unknown[];
    expect(file).toEqual([
      {
        id: 'S12',
        type: 'chapter',
        title: '清代县级行政区划考',
        author: [{ literal: '陈某' }],
        editor: [{ literal: '周某' }],
        'container-title': '历史地理论丛',
        publisher: '复旦大学出版社',
        'publisher-place': '上海',
        page: '101-120',
        issued: { 'date-parts': [[2001]] },
      },
    ]);
  });
});

describe('fields', () => {
  it('keeps Chinese names whole and splits Western ones', () => {
    expect(nameParts('司马迁')).toEqual({ literal: '司马迁' });
    expect(nameParts('Mary Ann Smith')).toEqual({ family: 'Smith', given: 'Mary Ann' });
    expect(nameParts('UNESCO')).toEqual({ literal: 'UNESCO' });
  });

  it('reads dates and page ranges', () => {
    expect(dateParts('1985-06-01')).toEqual([1985, 6, 1]);
    expect(dateParts('-232')).toEqual([-232]);
    expect(dateParts('乾隆八年')).toBeUndefined();
    expect(pageRange('101–120')).toEqual({ start: '101', end: '120' });
    expect(pageRange('卷七')).toEqual({ start: '卷七' });
  });
});

describe('calendarDay', () => {
  it.each([
    ['2026-11-27T16:00:00Z', 'Asia/Shanghai', '2026-11-28'],
    ['2026-11-27T15:59:59Z', 'Asia/Shanghai', '2026-11-27'],
    ['2026-11-27T15:59:59Z', 'UTC', '2026-11-27'],
    ['2026-11-28T04:00:00Z', 'America/New_York', '2026-11-27'],
  ])('%s in %s is %s, with formatters kept per time zone', (instant, zone, day) => {
    expect(calendarDay(new Date(instant), zone)).toBe(day);
    expect(calendarDay(new Date(instant), zone)).toBe(day);
  });
});
