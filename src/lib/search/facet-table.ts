/**
 * The search page's filter counts, from a table written at build time instead of a second search.
 *
 * Pagefind counts filter values itself once their indexes are loaded, but it does so on every
 * search, checking each value's page list against the results one by one: at 10,000 pages a
 * broad query then took many times longer, and a second Pagefind instance in a worker (with its
 * own copy of the index, 110 KB) ran a second search per query only for the counts. The table
 * gives, for every page in Pagefind's order, the values it has; the browser counts the results it
 * already has in one pass, and applies the ticked filters to them itself, so that Pagefind never
 * loads a filter index (with one loaded, every later search took five to eight times longer).
 */

/** Pagefind's filter index: a filter's name and each value with the pages (numbers) that have it. */
export type FilterIndex = readonly [name: string, values: readonly (readonly [string, readonly number[]])[]];

export interface FacetTable {
  /**
   * Page ids are `<set>/<n>` (see shortenPageIds): page number `setIndex × setSize + n`, with `n`
   * in base 36. Ids that do not follow the pattern are listed in `loose`.
   */
  sets: string[];
  setSize: number;
  loose: Record<string, number>;
  /** Per filter: its values, and per page the number of its value, or a list when it has several. */
  filters: Record<string, { values: string[]; pages: (number | number[])[] }>;
}

/** The table for pages `pageIds` (in Pagefind's order) and Pagefind's filter indexes. */
export function facetTable(
  pageIds: readonly string[],
  filterIndexes: readonly FilterIndex[],
  setSize: number,
): FacetTable {
  const sets: string[] = [];
  const loose: Record<string, number> = {};
  pageIds.forEach((id, page) => {
    const [set, place, extra] = id.split('/');
    const shaped = set !== undefined && place !== undefined && extra === undefined;
    const setIndex = Math.floor(page / setSize);
    if (shaped) sets[setIndex] ??= set;
    const follows = shaped && set === sets[setIndex] && place === (page % setSize).toString(36);
    if (!follows) loose[id] = page;
  });
  const filters: FacetTable['filters'] = {};
  for (const [name, values] of filterIndexes) {
    const perPage: number[][] = pageIds.map(() => []);
    values.forEach(([, pages], value) => {
      for (const page of pages) {
        const list = perPage[page];
        if (!list) throw new Error(`筛选项「${name}」指向不存在的第 ${page} 页，请检查 Pagefind 版本`);
        list.push(value);
      }
    });
    filters[name] = {
      values: values.map(([value]) => value),
      pages: perPage.map((list) => (list.length === 1 ? (list[0] ?? 0) : list)),
    };
  }
  // A run whose every id was loose names no set; a name no id has keeps the places in order.
  return { sets: Array.from({ length: sets.length }, (_, i) => sets[i] ?? ''), setSize, loose, filters };
}

/** Looks up page numbers by id. */
export function pageNumbers(table: FacetTable): (id: string) => number | undefined {
  const setIndex = new Map(table.sets.map((set, index) => [set, index]));
  return (id) => {
    if (Object.hasOwn(table.loose, id)) return table.loose[id];
    const [set, place, extra] = id.split('/');
    const index = set ? setIndex.get(set) : undefined;
    if (index === undefined || place === undefined || extra !== undefined || !/^[0-9a-z]+$/.test(place))
      return undefined;
    const n = parseInt(place, 36);
    return n < table.setSize ? index * table.setSize + n : undefined;
  };
}

/**
 * Whether a page passes the filters a reader ticked, as Pagefind's `{ any: values }` would decide:
 * one of its values of each filter is ticked. A filter or value the table does not know lets no
 * page through.
 */
export function pageFilter(
  table: FacetTable,
  selected: Record<string, readonly string[]>,
): (page: number) => boolean {
  const wanted = Object.entries(selected)
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => {
      const filter = table.filters[name];
      const ticked = new Set(values.map((value) => filter?.values.indexOf(value) ?? -1));
      return { pages: filter?.pages ?? [], ticked };
    });
  return (page) =>
    wanted.every(({ pages, ticked }) => {
      const held = pages[page] ?? [];
      return typeof held === 'number' ? ticked.has(held) : held.some((value) => ticked.has(value));
    });
}

export type Counts = Record<string, Record<string, number>>;

/** How many of the pages `ids` have each value of each filter (every value listed, zeros included). */
export function countFacets(table: FacetTable, ids: Iterable<string>, pageOf = pageNumbers(table)): Counts {
  const tallies = Object.values(table.filters).map(({ values }) => values.map(() => 0));
  const filters = Object.values(table.filters);
  for (const id of ids) {
    const page = pageOf(id);
    if (page === undefined) continue;
    filters.forEach(({ pages }, f) => {
      const held = pages[page];
      const tally = tallies[f];
      if (held === undefined || !tally) return;
      for (const value of typeof held === 'number' ? [held] : held) tally[value] = (tally[value] ?? 0) + 1;
    });
  }
  return Object.fromEntries(
    Object.entries(table.filters).map(([name, { values }], f) => [
      name,
      Object.fromEntries(values.map((value, v) => [value, tallies[f]?.[v] ?? 0])),
    ]),
  );
}

/** Counts over every page: what each filter offers at all. */
export function countAll(table: FacetTable): Counts {
  return Object.fromEntries(
    Object.entries(table.filters).map(([name, { values, pages }]) => {
      const tally = values.map(() => 0);
      for (const held of pages)
        for (const value of typeof held === 'number' ? [held] : held) tally[value] = (tally[value] ?? 0) + 1;
      return [name, Object.fromEntries(values.map((value, v) => [value, tally[v] ?? 0]))];
    }),
  );
}
