import { describe, expect, it } from 'vitest';
import { editionForQuery, preferEdition } from '../../src/lib/search/editions.ts';
import { itReturns } from '../helpers/table-tests.ts';

const hit = (url: string, edition?: string, family?: string) => ({ url, edition, family });
const G = '/gifts/g/';

describe('preferEdition', () => {
  it.each([
    {
      name: 'a 繁體 query lifts the 繁體 edition above the simplified one',
      hits: [hit('/worthies/x/'), hit(G, 'hans', G), hit(`${G}en/`, 'en', G), hit(`${G}zh-hant/`, 'hant', G)],
      preferred: 'hant',
      urls: ['/worthies/x/', `${G}zh-hant/`, G, `${G}en/`],
    },
    {
      name: 'a simplified query lifts the simplified edition',
      hits: [hit(`${G}zh-hant/`, 'hant', G), hit('/places/y/'), hit(G, 'hans', G)],
      preferred: 'hans',
      urls: [G, `${G}zh-hant/`, '/places/y/'],
    },
    {
      name: 'pages that are not editions keep their order',
      hits: [hit('/a/'), hit('/b/'), hit('/c/')],
      preferred: 'hant',
      urls: ['/a/', '/b/', '/c/'],
    },
    {
      name: 'two works keep the order of their best-ranked editions',
      hits: [
        hit('/gifts/h/', 'hans', '/gifts/h/'),
        hit(G, 'hans', G),
        hit(`${G}zh-hant/`, 'hant', G),
        hit('/gifts/h/zh-hant/', 'hant', '/gifts/h/'),
      ],
      preferred: 'hant',
      urls: ['/gifts/h/zh-hant/', '/gifts/h/', `${G}zh-hant/`, G],
    },
  ])('$name', ({ hits, preferred, urls }) => {
    expect(preferEdition(hits, preferred).map((h) => h.url)).toEqual(urls);
  });
});

describe('editionForQuery', () => {
  itReturns('a query with traditional characters: %s → %s', editionForQuery, [
    [true, 'hant'],
    [false, 'hans'],
  ]);
});
