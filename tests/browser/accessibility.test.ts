/** axe on one page of every type, in light and dark themes: zero violations. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openBuiltSite } from '../helpers/built-site.ts';

const PAGES = {
  home: '/',
  'worthies index': '/worthies/',
  'worthies facet': '/worthies/era/qing/',
  worthy: '/worthies/xiang-yu/',
  'places index': '/places/',
  place: '/places/xia-xiang/',
  'heritage index': '/heritage/',
  heritage: '/heritage/zao-he-long-wang-miao-hui/',
  'studies index': '/studies/',
  series: '/series/da-yun-he/',
  study: '/studies/qian-long-zhu-bi-su-qian/',
  'gifts index': '/gifts/',
  gift: '/gifts/yun-he-yu-xiang-xian/',
  timeline: '/timeline/',
  'timeline facet': '/timeline/district/sucheng/',
  map: '/map/',
  'place with locator map': '/places/xiang-wang-gu-li/',
  relations: '/relations/',
  data: '/data/',
  'gift, A4 edition': '/gifts/yun-he-yu-xiang-xian/print/',
  'gift, A5 edition': '/gifts/yun-he-yu-xiang-xian/print-a5/',
  'gift, 繁體 edition': '/gifts/yun-he-yu-xiang-xian/zh-hant/',
  'gift, 繁體 A4 edition': '/gifts/yun-he-yu-xiang-xian/zh-hant/print/',
  'gift, 繁體 A5 edition': '/gifts/yun-he-yu-xiang-xian/zh-hant/print-a5/',
  'gift, bilingual edition': '/gifts/yun-he-yu-xiang-xian/en/',
  'gift, bilingual A4 edition': '/gifts/yun-he-yu-xiang-xian/en/print/',
  'gift, bilingual A5 edition': '/gifts/yun-he-yu-xiang-xian/en/print-a5/',
  about: '/about/',
  search: '/search/',
  'not found': '/no-such-page/',
};

const site = openBuiltSite();

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  it.each(Object.entries(PAGES))('%s (%s) has no violations', async (_name, path) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    );
    await context.close();
    expect(violations).toEqual([]);
  });
});
