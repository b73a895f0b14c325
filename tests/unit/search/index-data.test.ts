import * as OpenCC from 'opencc-js/t2cn';
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../../src/lib/search/cbor.ts';
import { spilledChunkStarts } from '../../../src/lib/search/chunks.ts';
import { chunkStarts, PAGES_PER_SET, shortenPageIds } from '../../../src/lib/search/pagefind-meta.ts';
import { pinyinKeys } from '../../../src/lib/search/pinyin-keys.ts';
import { foldableCharacters, mainText, preparePageForSearch } from '../../../src/lib/search/prepare-page.ts';
import { correction, readAloud, suggestNames, withinOneEdit } from '../../../src/lib/search/suggest.ts';
import { homophoneTable } from '../../../src/lib/search/homophones.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const foldable = foldableCharacters(toSimplified);

describe('encodeCbor', () => {
  // Every kind of value the reader knows, nested; integers of every width of length encoding.
  const { value } = fc.letrec<{ value: CborValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
      fc.constantFrom(0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, 2 ** 32, -24, -25),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }),
      fc.constantFrom(true, false, null, undefined),
      fc.array(tie('value'), { maxLength: 30 }),
    ),
  }));

  it('writes what decodeCbor reads back unchanged', () => {
    fc.assert(
      fc.property(value, (item) => {
        expect(decodeCbor(encodeCbor(item))).toEqual(item);
      }),
    );
  });

  it('gives back the same bytes for shortest-form input', () => {
    fc.assert(
      fc.property(value, (item) => {
        const bytes = encodeCbor(item);
        expect(encodeCbor(decodeCbor(bytes))).toEqual(bytes);
      }),
    );
  });

  it('writes maps in their order', () => {
    const map = new Map<CborValue, CborValue>([
      ['b', 1],
      ['a', [2]],
    ]);
    expect(encodeCbor(map)).toEqual(Uint8Array.from([0xa2, 0x61, 0x62, 0x01, 0x61, 0x61, 0x81, 0x02]));
  });
});

describe('shortenPageIds', () => {
  const utf8 = (text: string) => [...new TextEncoder().encode(text)];
  const meta = (pages: CborValue[]) =>
    Uint8Array.from([
      ...utf8('pagefind_dcd'),
      ...encodeCbor(['1.6.0', pages, [['一', '丁', 'zh_c1']], [['type', 'zh_f1', 3]], []]),
    ]);
  const pages = [
    ['zh_0194e83', 120, ''],
    ['zh_019bf18', 88, 'zh_group1'],
    ['zh_01d3aa0', 7, ''],
  ];
  // A stand-in for a digest: the last character of each page's hash, in order.
  const initials = (hashes: string[]) => hashes.map((hash) => hash.slice(-1)).join('');
  const manyPages = (count: number) =>
    Array.from({ length: count }, (_, i) => [
      `zh_${(i * 2654435761).toString(16).slice(-7)}`,
      100 + (i % 50),
      '',
    ]);

  it('numbers the pages within their set and lists the fragment files to rename', () => {
    const { meta: shortened, renamed } = shortenPageIds(meta(pages), initials);
    expect(renamed).toEqual([
      ['zh_0194e83', '380/0'],
      ['zh_01d3aa0', '380/2'],
    ]);
    expect(decodeCbor(shortened.subarray('pagefind_dcd'.length))).toEqual([
      '1.6.0',
      [
        ['380/0', 120, ''],
        ['zh_019bf18', 88, 'zh_group1'],
        ['380/2', 7, ''],
      ],
      [['一', '丁', 'zh_c1']],
      [['type', 'zh_f1', 3]],
      [],
    ]);
    expect(chunkStarts(shortened)).toEqual(['一']);
  });

  it(`names a set for every ${PAGES_PER_SET} pages, so an edited page renames only its own set`, () => {
    const sets = (list: CborValue[]) =>
      new Set(
        shortenPageIds(meta(list), (hashes) => hashes.join(',')).renamed.map(([, id]) => id.split('/')[0]),
      );
    const before = manyPages(PAGES_PER_SET * 2 + 5);
    const after = structuredClone(before);
    after[PAGES_PER_SET + 3] = ['zh_edited', 101, ''];
    expect(sets(before).size).toBe(3);
    const changed = [...sets(after)].filter((set) => !sets(before).has(set));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('zh_edited');
    expect(shortenPageIds(meta(before), initials).renamed[PAGES_PER_SET]?.[1]).toMatch(/\/0$/);
  });

  it('compresses far better than content hashes', () => {
    const many = manyPages(2000);
    const before = gzipSync(meta(many)).length;
    const after = gzipSync(shortenPageIds(meta(many), () => 'ab12cd34').meta).length;
    expect(after).toBeLessThan(before * 0.6);
  });

  it('refuses a file it could not write back byte for byte', () => {
    // 0x18 0x05 is 5 in a longer form than needed: a writer other than Pagefind's.
    const odd = Uint8Array.from([
      ...utf8('pagefind_dcd'),
      0x83,
      0x65,
      ...utf8('1.6.0'),
      0x80,
      0x81,
      0x18,
      0x05,
    ]);
    expect(() => shortenPageIds(odd, initials)).toThrow(/编码方式变了/);
  });

  it('says so when the page table is missing or malformed', () => {
    const noPages = Uint8Array.from([...utf8('pagefind_dcd'), ...encodeCbor(['1.6.0', 'x', []])]);
    expect(() => shortenPageIds(noPages, initials)).toThrow(/没有页面表/);
    expect(() => shortenPageIds(meta([[7, 1, '']]), initials)).toThrow(/页面表的格式变了/);
  });
});

describe('spilledChunkStarts', () => {
  const starts = ['0004', '一宿', '相交', '相信', '相传', '瞥', '西楚'];

  it('lists later chunks that begin with the query word', () => {
    expect(spilledChunkStarts('相', starts)).toEqual(['相交', '相信', '相传']);
  });

  it('lists nothing when no chunk begins with it, and never the first chunk', () => {
    expect(spilledChunkStarts('项', starts)).toEqual([]);
    expect(spilledChunkStarts('0', starts)).toEqual([]);
    expect(spilledChunkStarts('', starts)).toEqual([]);
  });
});

describe('decodeCbor and chunkStarts', () => {
  // [ "1.6.0", [], [["0004","一处","h1"],["一夜","以烹","h2"]] ] after the signature.
  // The outer array, the version, the empty list and the list of two; then one line a row.
  // 0x8n starts an array of n items, 0x6n a text of n bytes.
  const utf8 = (text: string) => [...new TextEncoder().encode(text)];
  const cbor = Uint8Array.from([
    ...[0x83, 0x65, ...utf8('1.6.0'), 0x80, 0x82],
    ...[0x83, 0x64, ...utf8('0004'), 0x66, ...utf8('一处'), 0x62, ...utf8('h1')],
    ...[0x83, 0x66, ...utf8('一夜'), 0x66, ...utf8('以烹'), 0x62, ...utf8('h2')],
  ]);

  it('reads arrays, strings and integers', () => {
    expect(decodeCbor(Uint8Array.from([0x83, 0x01, 0x18, 0x64, 0x20]))).toEqual([1, 100, -1]);
    expect(decodeCbor(cbor)).toEqual([
      '1.6.0',
      [],
      [
        ['0004', '一处', 'h1'],
        ['一夜', '以烹', 'h2'],
      ],
    ]);
  });

  it('finds the first word of each chunk in Pagefind’s metadata', () => {
    const meta = Uint8Array.from([...utf8('pagefind_dcd'), ...cbor]);
    expect(chunkStarts(meta)).toEqual(['0004', '一夜']);
  });

  it('says so when the metadata format changes', () => {
    expect(() => chunkStarts(cbor)).toThrow(/Pagefind 元数据格式变了/);
  });
});

describe('preparing a page', () => {
  const html =
    '<html><head><title>x</title></head><body><nav>导航栏</nav><main data-pagefind-body><h1>項羽</h1><p>宿遷古稱下相，是故里。</p>' +
    '<section data-pagefind-ignore="all"><p>卡片摘要里的<b>无关</b>文字。</p><img src="a.png"></section><p>尾声</p></main></body></html>';

  it('reads the text Pagefind indexes: inside main, without ignored parts', () => {
    const text = mainText(html).replace(/\s+/g, ' ').trim();
    expect(text).toBe('項羽 宿遷古稱下相，是故里。 尾声');
  });

  it('folds the page and adds the run-final characters as a metadata field', () => {
    const prepared = preparePageForSearch(html, toSimplified, foldable);
    expect(prepared).toContain('<h1>项羽</h1>');
    expect(prepared).toContain('<meta data-pagefind-meta="tail[content]" content="羽 相 里 声"></head>');
  });

  it('leaves the chrome outside <main> as it is, and folds the search fields in <head>', () => {
    const page =
      '<html><head><title>項羽</title><meta data-pagefind-meta="names[content]" content="項籍"></head><body><nav>導航</nav><main><p>正文</p></main></body></html>';
    const prepared = preparePageForSearch(page, toSimplified, foldable);
    expect(prepared).toContain('<title>項羽</title>');
    expect(prepared).toContain('<nav>導航</nav>');
    expect(prepared).toContain('content="项籍"');
  });

  it('leaves out styles, scripts and the security policy, which Pagefind never reads', () => {
    const page =
      '<html><head><meta http-equiv="content-security-policy" content="default-src \'self\'"><link rel="stylesheet" href="/a.css"><style>p{color:red}</style><script type="application/ld+json">{"name":"項羽"}</script><meta data-pagefind-meta="names[content]" content="項籍"></head><body><main><p>正文</p><script>let x = "<p>";</script></main></body></html>';
    expect(preparePageForSearch(page, toSimplified, foldable)).toBe(
      '<html><head><meta data-pagefind-meta="names[content]" content="项籍"><meta data-pagefind-meta="tail[content]" content="文"></head><body><main><p>正文</p></main></body></html>',
    );
  });

  it('knows which characters fold', () => {
    expect(foldable.has('項')).toBe(true);
    expect(foldable.has('项')).toBe(false);
  });
});

describe('pinyinKeys', () => {
  it('gives full pinyin and initials of names with two or more syllables', () => {
    expect(pinyinKeys([{ text: '项羽', person: true }, { text: '羽' }, { text: '西楚霸王' }])).toEqual([
      'xiangyu',
      'xy',
      'xichubawang',
      'xcbw',
    ]);
    expect(pinyinKeys([{ text: '单雄信', person: true }])).toEqual(['shanxiongxin', 'sxx']);
  });
});

describe('suggestNames', () => {
  const data = {
    names: [
      { name: '项羽', pinyin: ['xiangyu', 'xy'], url: '/worthies/xiang-yu/', type: '乡贤' },
      { name: '项梁', pinyin: ['xiangliang', 'xl'], url: '/worthies/xiang-liang/', type: '乡贤' },
      { name: '骆马湖', pinyin: ['luomahu', 'lmh'], url: '/places/luo-ma-hu/', type: '地名' },
      { name: '项王故里', pinyin: ['xiangwangguli', 'xwgl'], url: '/places/xiang-wang-gu-li/', type: '地名' },
      { name: '乾隆驻跸宿迁', pinyin: ['qianlongzhubisuqian'], url: '/studies/q/', type: '研究' },
    ],
    // As homophoneTable prepares it: the common characters of each syllable.
    sounds: {
      xiang: '相香向项象',
      yu: '于鱼雨羽语',
      liang: '良两梁亮',
      luo: '罗落骆洛',
      ma: '马妈',
      hu: '湖胡户',
    },
  };

  it.each([
    ['xiang', ['项羽', '项梁', '项王故里']],
    ['luo ma', ['骆马湖']],
    ['Luo Ma Hu', ['骆马湖']],
    ['向羽', ['项羽']],
    ['相雨', ['项羽']],
    ['洛马湖', ['骆马湖']],
    ['罗马胡', ['骆马湖']],
    ['马骆湖', ['骆马湖']],
    ['项王故', ['项王故里']],
    ['项王古里', ['项王故里']],
    ['乾隆驻跸宿', ['乾隆驻跸宿迁']],
    ['长城', []],
    ['', []],
    ['<script>', []],
  ])('%s → %j', (query, expected) => {
    expect(suggestNames(query, data).map((n) => n.name)).toEqual(expected);
  });

  it.each([
    ['向羽', '项羽'],
    ['相雨', '项羽'],
    ['马骆湖', '骆马湖'],
    ['项王古里', '项王故里'],
    ['项羽', '项羽'],
    ['长城', undefined],
    ['项城', undefined],
    ['xiangyu', undefined],
    ['羽', undefined],
  ])('searches %s as %s when it found nothing', (query, meant) => {
    expect(correction(query, data)?.name).toBe(meant);
  });

  it.each([
    [['项', '羽'], 'xiangyu'],
    [['向', '雨'], 'xiangyu'],
    [['项'], undefined],
    [['项', '城'], undefined],
  ])('reads %j aloud as %s', (characters, reading) => {
    expect(readAloud(characters, data.sounds)).toBe(reading);
  });

  it.each([
    ['向羽', '项羽', true],
    ['项王故', '项王故里', true],
    ['马骆湖', '骆马湖', true],
    ['项羽', '项羽', true],
    ['羽项王', '项王故里', false],
    ['长城', '项羽', false],
  ])('%s is within one edit of %s: %s', (a, b, expected) => {
    expect(withinOneEdit(Array.from(a), Array.from(b))).toBe(expected);
  });
});

describe('homophoneTable', () => {
  const table = homophoneTable(['项羽', '骆马湖']);

  it.each([
    ['xiang', '向'],
    ['xiang', '项'],
    ['yu', '雨'],
    ['luo', '洛'],
  ])('lists under %s the common character %s', (syllable, character) => {
    expect(table[syllable]).toContain(character);
  });

  it('keeps only the syllables of the names and stays small', () => {
    expect(Object.keys(table).sort()).toEqual(['hu', 'luo', 'ma', 'xiang', 'yu']);
    expect(JSON.stringify(table).length).toBeLessThan(2000);
  });
});

describe('mainText and navigation', () => {
  it('leaves out <nav>, which Pagefind does not index', () => {
    expect(
      mainText('<main><p>正文</p><nav><a>上一篇</a></nav><p>结尾</p></main>').replace(/\s+/g, ' ').trim(),
    ).toBe('正文 结尾');
  });
});
