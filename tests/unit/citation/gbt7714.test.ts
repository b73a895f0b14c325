import { describe, expect, it } from 'vitest';
import { formatGbt7714, formatNames } from '../../../src/lib/citation/gbt7714.ts';

describe('formatGbt7714', () => {
  it('formats a monograph [M]', () => {
    expect(
      formatGbt7714({
        kind: '专著',
        title: '乾隆某县志',
        authors: ['王某某', '李某'],
        place: '北京',
        publisher: '中华书局',
        date: '1985',
      }),
    ).toBe('王某某, 李某. 乾隆某县志[M]. 北京: 中华书局, 1985.');
  });

  it('formats a chapter in a book [M]//', () => {
    expect(
      formatGbt7714({
        kind: '析出文献',
        title: '清代县级行政区划考',
        authors: ['陈某'],
        editors: ['周某'],
        container: '历史地理论丛',
        place: '上海',
        publisher: '复旦大学出版社',
        date: '2001',
        pages: '101-120',
      }),
    ).toBe('陈某. 清代县级行政区划考[M]//周某. 历史地理论丛. 上海: 复旦大学出版社, 2001: 101-120.');
  });

  it('formats a journal article [J] with volume, issue and pages, and cuts four authors to three plus 等', () => {
    expect(
      formatGbt7714({
        kind: '期刊',
        title: '明清时期地方志编纂研究',
        authors: ['张三', '李四', '王五', '赵六'],
        container: '中国地方志',
        date: '2019',
        volume: '36',
        issue: '2',
        pages: '45-60',
      }),
    ).toBe('张三, 李四, 王五, 等. 明清时期地方志编纂研究[J]. 中国地方志, 2019, 36(2): 45-60.');
  });

  it('formats a newspaper article [N] with date and page', () => {
    expect(
      formatGbt7714({
        kind: '报纸',
        title: '运河申遗成功',
        authors: ['丁某'],
        container: '宿迁日报',
        date: '2014-06-23',
        pages: '1',
      }),
    ).toBe('丁某. 运河申遗成功[N]. 宿迁日报, 2014-06-23(1).');
  });

  it('formats a thesis [D]', () => {
    expect(
      formatGbt7714({
        kind: '学位论文',
        title: '清代苏北河工研究',
        authors: ['李某'],
        place: '南京',
        publisher: '南京大学',
        date: '2010',
      }),
    ).toBe('李某. 清代苏北河工研究[D]. 南京: 南京大学, 2010.');
  });

  it('formats a web page [EB/OL] with publisher, date, access date and URL', () => {
    expect(
      formatGbt7714({
        kind: '网页',
        title: '某市历史沿革',
        authors: ['某市地方志办公室'],
        date: '2024',
        accessed: '2024-05-01',
        url: 'https://example.org/history',
      }),
    ).toBe('某市地方志办公室. 某市历史沿革[EB/OL]. (2024)[2024-05-01]. https://example.org/history.');
    expect(
      formatGbt7714({
        kind: '网页',
        title: '看地名 解历史',
        authors: ['王天琦'],
        container: '江苏省地方志网',
        date: '2025-12-23',
        url: 'http://jssdfz.jiangsu.gov.cn/n97/20251223/i44892.html',
      }),
    ).toBe(
      '王天琦. 看地名 解历史[EB/OL]. 江苏省地方志网, (2025-12-23). http://jssdfz.jiangsu.gov.cn/n97/20251223/i44892.html.',
    );
  });

  it('formats an old book with 卷次 and 版本, and marks online copies /OL', () => {
    expect(
      formatGbt7714({
        kind: '古籍',
        title: '读史方舆纪要',
        juan: '卷二十二',
        authors: ['顾祖禹'],
        edition: '清稿本',
      }),
    ).toBe('顾祖禹. 读史方舆纪要: 卷二十二[M]. 清稿本.');
    expect(
      formatGbt7714({
        kind: '古籍',
        title: '史记',
        juan: '卷七',
        authors: ['司马迁'],
        url: 'https://example.org/shiji/7',
        accessed: '2026-11-28',
      }),
    ).toBe('司马迁. 史记: 卷七[M/OL][2026-11-28]. https://example.org/shiji/7.');
  });
});

describe('formatNames', () => {
  it('writes Western names surname first in capitals with initials, and et al after three', () => {
    expect(formatNames(['John Smith', 'Jane Doe', 'Richard Roe', 'Mary Major'])).toBe(
      'SMITH J, DOE J, ROE R, et al',
    );
  });
});
