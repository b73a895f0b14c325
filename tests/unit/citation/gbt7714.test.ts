import { describe, expect, it } from 'vitest';
import { formatGbt7714, formatNames, type CitableSource } from '../../../src/lib/citation/gbt7714.ts';
import { CHAPTER, MONOGRAPH, NEWSPAPER } from '../../helpers/sample-sources.ts';

/** Hand-checked against GB/T 7714—2015: one row per kind of work and per rule that shows. */
const CASES: [description: string, source: CitableSource, expected: string][] = [
  ['formats a monograph [M]', MONOGRAPH, '王某某, 李某. 乾隆某县志[M]. 北京: 中华书局, 1985.'],
  [
    'formats a chapter in a book [M]//',
    CHAPTER,
    '陈某. 清代县级行政区划考[M]//周某. 历史地理论丛. 上海: 复旦大学出版社, 2001: 101-120.',
  ],
  [
    'formats a journal article [J] with volume, issue and pages, and cuts four authors to three plus 等',
    {
      kind: '期刊',
      title: '明清时期地方志编纂研究',
      authors: ['张三', '李四', '王五', '赵六'],
      container: '中国地方志',
      date: '2019',
      volume: '36',
      issue: '2',
      pages: '45-60',
    },
    '张三, 李四, 王五, 等. 明清时期地方志编纂研究[J]. 中国地方志, 2019, 36(2): 45-60.',
  ],
  [
    'formats a newspaper article [N] with date and page',
    NEWSPAPER,
    '丁某. 运河申遗成功[N]. 宿迁日报, 2014-06-23(1).',
  ],
  [
    'formats a thesis [D]',
    {
      kind: '学位论文',
      title: '清代苏北河工研究',
      authors: ['李某'],
      place: '南京',
      publisher: '南京大学',
      date: '2010',
    },
    '李某. 清代苏北河工研究[D]. 南京: 南京大学, 2010.',
  ],
  [
    'formats a gazetteer block-printed edition (刻本) with its 卷次',
    {
      kind: '方志',
      title: '宿迁县志',
      juan: '卷三',
      authors: ['李德溥'],
      edition: '清同治十三年刻本',
    },
    '李德溥. 宿迁县志: 卷三[M]. 清同治十三年刻本.',
  ],
  [
    'formats a photo-reprint (影印本) of an old book: 版本, then the reprint’s imprint and pages',
    {
      kind: '古籍',
      title: '南巡盛典',
      juan: '卷九十七',
      authors: ['高晋'],
      edition: '影印本',
      place: '台北',
      publisher: '台湾商务印书馆',
      date: '1986',
      pages: '567-570',
    },
    '高晋. 南巡盛典: 卷九十七[M]. 影印本. 台北: 台湾商务印书馆, 1986: 567-570.',
  ],
  [
    'formats a later edition of a monograph (2版) before the imprint',
    {
      kind: '专著',
      title: '宿迁史话',
      authors: ['王某'],
      edition: '2版',
      place: '南京',
      publisher: '凤凰出版社',
      date: '2010-05',
    },
    '王某. 宿迁史话[M]. 2版. 南京: 凤凰出版社, 2010.',
  ],
  [
    'formats a chapter whose book has two editors and no pages',
    {
      kind: '析出文献',
      title: '中运河的开凿',
      authors: ['孙某'],
      editors: ['周某', '吴某'],
      container: '运河文化论集',
      place: '南京',
      publisher: '江苏人民出版社',
      date: '2016',
    },
    '孙某. 中运河的开凿[M]//周某, 吴某. 运河文化论集. 南京: 江苏人民出版社, 2016.',
  ],
  [
    'formats a journal article that has an issue but no volume',
    {
      kind: '期刊',
      title: '宿迁运河考',
      authors: ['王某'],
      container: '江苏地方志',
      date: '2015',
      issue: '3',
      pages: '20-24',
    },
    '王某. 宿迁运河考[J]. 江苏地方志, 2015(3): 20-24.',
  ],
  [
    'formats an online newspaper article [N/OL] with page, access date and URL',
    { ...NEWSPAPER, url: 'https://example.org/news/1', accessed: '2026-11-28' },
    '丁某. 运河申遗成功[N/OL]. 宿迁日报, 2014-06-23(1)[2026-11-28]. https://example.org/news/1.',
  ],
  [
    'formats a doctoral thesis with the pages cited',
    {
      kind: '学位论文',
      title: '明清黄淮运交汇区域的水利与社会',
      authors: ['张某'],
      place: '上海',
      publisher: '复旦大学',
      date: '2012',
      pages: '45-52',
    },
    '张某. 明清黄淮运交汇区域的水利与社会[D]. 上海: 复旦大学, 2012: 45-52.',
  ],
  [
    'formats a page of this archive as an electronic resource: site, (update)[access]. URL.',
    {
      kind: '网页',
      title: '项羽',
      authors: ['乡贤文史库编辑部'],
      container: '乡贤文史库·宿迁',
      date: '2026-11-20',
      accessed: '2026-11-28',
      url: 'https://xiangxian.example.org/worthies/xiang-yu/',
    },
    '乡贤文史库编辑部. 项羽[EB/OL]. 乡贤文史库·宿迁, (2026-11-20)[2026-11-28]. https://xiangxian.example.org/worthies/xiang-yu/.',
  ],
];

describe('formatGbt7714', () => {
  it.each(CASES)('%s', (_description, source, expected) => {
    expect(formatGbt7714(source)).toBe(expected);
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
