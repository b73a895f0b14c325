import { describe, expect, it } from 'vitest';
import { cardPath, citationPath, entryOfPage, hasPoster, posterPath } from '../../src/lib/share-paths.ts';

describe('share paths', () => {
  it('name the files that go with an entry', () => {
    expect(cardPath('worthies', 'xiang-yu')).toBe('og/worthies/xiang-yu.jpg');
    expect(posterPath('gifts', 'yun-he-yu-xiang-xian')).toBe('posters/gifts/yun-he-yu-xiang-xian.jpg');
    expect(citationPath('studies', 'su-qian-zhi-qian', 'ris')).toBe('cite/studies/su-qian-zhi-qian.ris');
    expect(hasPoster('worthies')).toBe(true);
    expect(hasPoster('places')).toBe(false);
  });

  it('tell an entry page from the other pages, under any base path', () => {
    expect(entryOfPage('/worthies/xiang-yu/', '/')).toEqual({ collection: 'worthies', id: 'xiang-yu' });
    expect(entryOfPage('/wenshi/places/xia-xiang/', '/wenshi/')).toEqual({
      collection: 'places',
      id: 'xia-xiang',
    });
    expect(entryOfPage('/', '/')).toBeUndefined();
    expect(entryOfPage('/worthies/', '/')).toBeUndefined();
    expect(entryOfPage('/worthies/era/qing/', '/')).toBeUndefined();
    expect(entryOfPage('/about/team/', '/')).toBeUndefined();
  });
});
