/**
 * The filter table behind the search page's counts: built from Pagefind's filter indexes and the
 * short page ids, it must give the counts Pagefind itself would give (every value's pages that are
 * among the results), for any pages, values and results.
 */
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeCbor } from '../../../src/lib/search/cbor.ts';
import {
  countAll,
  countFacets,
  facetTable,
  pageFilter,
  pageNumbers,
  type FilterIndex,
} from '../../../src/lib/search/facet-table.ts';
import { pagesAndFilters, readFilterIndex } from '../../../src/lib/search/pagefind-meta.ts';

/** Ids as shortenPageIds gives them: `<set>/<n in base 36>`, a set per `size` pages. */
const shortIds = (count: number, size: number) =>
  Array.from({ length: count }, (_, page) => `s${Math.floor(page / size)}x/${(page % size).toString(36)}`);

/** What Pagefind counts: for each value, how many of its pages are among the results. */
function pagefindCounts(indexes: readonly FilterIndex[], results: readonly number[]) {
  const among = new Set(results);
  return Object.fromEntries(
    indexes.map(([name, values]) => [
      name,
      Object.fromEntries(values.map(([value, pages]) => [value, pages.filter((p) => among.has(p)).length])),
    ]),
  );
}

describe('facetTable', () => {
  const indexes: FilterIndex[] = [
    [
      '类型',
      [
        ['乡贤', [0, 1, 2]],
        ['地名', [3, 4]],
      ],
    ],
    // A page may have several values (two districts), or none.
    [
      '区县',
      [
        ['宿城区', [0, 3]],
        ['泗洪县', [0, 2]],
      ],
    ],
  ];

  it('lists each page’s values in Pagefind’s order, several as a list and none as an empty one', () => {
    const table = facetTable(shortIds(5, 4), indexes, 4);
    expect(table.sets).toEqual(['s0x', 's1x']);
    expect(table.loose).toEqual({});
    expect(table.filters['类型']).toEqual({ values: ['乡贤', '地名'], pages: [0, 0, 0, 1, 1] });
    expect(table.filters['区县']).toEqual({ values: ['宿城区', '泗洪县'], pages: [[0, 1], [], 1, 0, []] });
  });

  it('finds every page by its id, and keeps ids outside the pattern (a hash) by name', () => {
    const ids = shortIds(9, 4);
    ids[5] = 'zh_19bf18e';
    const table = facetTable(ids, [], 4);
    expect(table.loose).toEqual({ zh_19bf18e: 5 });
    const pageOf = pageNumbers(table);
    expect(ids.map(pageOf)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    for (const unknown of ['s9x/0', 's0x/4', 's0x/zz', 's0x/1-', 's0x', 's0x/1/2', '', 'constructor', '/0'])
      expect(pageOf(unknown), unknown).toBeUndefined();
  });

  it('keeps a whole run by name when its first page has a hash for an id', () => {
    const ids = shortIds(6, 3);
    ids[3] = 'zh_0194e83';
    const table = facetTable(ids, [], 3);
    expect(table.sets).toEqual(['s0x', 's1x']);
    expect(table.loose).toEqual({ zh_0194e83: 3 });
    expect(ids.map(pageNumbers(table))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('says so when a filter names a page Pagefind does not have', () => {
    expect(() => facetTable(shortIds(2, 4), [['类型', [['乡贤', [0, 7]]]]], 4)).toThrow(/第 7 页/);
  });

  it('counts what Pagefind counts, for any pages, values and results', () => {
    const archive = fc
      .record({ pages: fc.integer({ min: 1, max: 600 }), size: fc.integer({ min: 1, max: 300 }) })
      .chain(({ pages, size }) =>
        fc.record({
          pages: fc.constant(pages),
          size: fc.constant(size),
          indexes: fc.array(
            fc.tuple(
              fc.string({ minLength: 1, maxLength: 4 }),
              fc.uniqueArray(
                fc.tuple(
                  fc.string({ minLength: 1, maxLength: 6 }),
                  fc
                    .uniqueArray(fc.integer({ min: 0, max: pages - 1 }), { maxLength: pages })
                    .map((p) => p.sort((a, b) => a - b)),
                ),
                { maxLength: 8, selector: ([value]) => value },
              ),
            ),
            { maxLength: 4 },
          ),
          results: fc.uniqueArray(fc.integer({ min: 0, max: pages - 1 }), { maxLength: pages }),
        }),
      )
      .filter(({ indexes }) => new Set(indexes.map(([name]) => name)).size === indexes.length);
    fc.assert(
      fc.property(archive, ({ pages, size, indexes, results }) => {
        const ids = shortIds(pages, size);
        const table = facetTable(ids, indexes, size);
        // Through JSON, as the browser receives it.
        const received = JSON.parse(JSON.stringify(table)) as typeof table;
        expect(
          countFacets(
            received,
            results.map((page) => ids[page] ?? ''),
          ),
        ).toEqual(pagefindCounts(indexes, results));
        expect(countAll(received)).toEqual(
          pagefindCounts(
            indexes,
            ids.map((_, page) => page),
          ),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('lets through the pages Pagefind’s { any } filters would, for any ticked values', () => {
    const archive = fc.integer({ min: 1, max: 200 }).chain((pages) =>
      fc.record({
        pages: fc.constant(pages),
        indexes: fc.uniqueArray(
          fc.tuple(
            fc.constantFrom('类型', '区县', '朝代', '类别'),
            fc.uniqueArray(
              fc.tuple(
                fc.constantFrom('甲', '乙', '丙', '丁', '戊'),
                fc.uniqueArray(fc.integer({ min: 0, max: pages - 1 }), { maxLength: pages }),
              ),
              { maxLength: 5, selector: ([value]) => value },
            ),
          ),
          { maxLength: 4, selector: ([name]) => name },
        ),
        // Ticked values may name filters or values the archive does not have.
        selected: fc.dictionary(
          fc.constantFrom('类型', '区县', '朝代', '类别', '未知'),
          fc.uniqueArray(fc.constantFrom('甲', '乙', '丙', '丁', '戊', '己')),
        ),
      }),
    );
    fc.assert(
      fc.property(archive, ({ pages, indexes, selected }) => {
        const passes = pageFilter(facetTable(shortIds(pages, 16), indexes, 16), selected);
        const expected = (page: number) =>
          Object.entries(selected)
            .filter(([, values]) => values.length > 0)
            .every(([name, values]) =>
              (indexes.find(([filter]) => filter === name)?.[1] ?? []).some(
                ([value, listed]) => values.includes(value) && listed.includes(page),
              ),
            );
        for (let page = 0; page < pages; page++) expect(passes(page), `page ${page}`).toBe(expected(page));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out ids it does not know instead of counting them', () => {
    const table = facetTable(shortIds(5, 4), indexes.slice(0, 1), 4);
    expect(countFacets(table, ['s0x/0', 'zh_unknown', 's7x/1'])).toEqual({ 类型: { 乡贤: 1, 地名: 0 } });
  });
});

describe('reading Pagefind’s files for the table', () => {
  const signed = (value: Parameters<typeof encodeCbor>[0]) =>
    Uint8Array.from([...new TextEncoder().encode('pagefind_dcd'), ...encodeCbor(value)]);

  it('reads the page ids and the filter files from the metadata', () => {
    const meta = signed([
      '1.6.0',
      [
        ['a1/0', 120, ''],
        ['a1/1', 88, ''],
      ],
      [],
      [
        ['类型', 'zh_f1'],
        ['区县', 'zh_f2'],
      ],
      [],
    ]);
    expect(pagesAndFilters(meta)).toEqual({
      pageIds: ['a1/0', 'a1/1'],
      filterFiles: [
        ['类型', 'zh_f1'],
        ['区县', 'zh_f2'],
      ],
    });
  });

  it('reads a filter index file', () => {
    const file = signed([
      '类型',
      [
        ['乡贤', [0, 2]],
        ['地名', [1]],
      ],
    ]);
    expect(readFilterIndex(file)).toEqual([
      '类型',
      [
        ['乡贤', [0, 2]],
        ['地名', [1]],
      ],
    ]);
  });

  it.each([
    ['no signature', Uint8Array.from(gzipSync('x'))],
    ['not a pair', signed(['类型'])],
    ['a page that is not a number', signed(['类型', [['乡贤', ['0']]]])],
  ])('refuses a filter file with %s', (_, bytes) => {
    expect(() => readFilterIndex(bytes)).toThrow(/Pagefind/);
  });

  it('refuses metadata without a page or filter table', () => {
    expect(() => pagesAndFilters(signed(['1.6.0', [['a1/0', 1, '']], []]))).toThrow(/筛选表/);
    expect(() => pagesAndFilters(signed(['1.6.0', [[7, 1, '']], [], [], []]))).toThrow(/格式变了/);
  });
});
