/**
 * Every setting that names the city or the publisher lives here, so that a second city is a new
 * copy of this file plus its own `content/`, with no change to components or pages.
 */
export interface District {
  /** Facet slug used in URLs (`/worthies/district/<id>/`). */
  id: string;
  /** Name as shown, e.g. 宿城区. */
  name: string;
  /** Id of the place entry that describes this district (`content/places/<place>.yaml`). */
  place: string;
}

export interface SiteConfig {
  /** Name of the whole archive. */
  siteName: string;
  /** City the archive covers. */
  city: string;
  /** Province, used in citations and structured data. */
  province: string;
  /** One sentence for the home page and meta description. */
  tagline: string;
  /** Absolute origin the site is deployed to; canonical URLs and QR codes point here. */
  siteUrl: string;
  /** Path prefix when served from a sub-folder (GitHub Pages project sites); '/' otherwise. */
  basePath: string;
  /** Repository that holds `content/`, for "edit this page" and history links. */
  repository: { url: string; branch: string };
  /** Publisher named in the footer, colophons and citations. */
  publisher: string;
  /** Licence of the texts, shown in the footer and in open data. */
  contentLicense: { name: string; url: string };
  /** ICP filing number for a mainland deployment; empty hides the line. */
  icp: string;
  /** Today's county-level districts, in display order. */
  districts: District[];
}

export const siteConfig = {
  siteName: '乡贤文史库·宿迁',
  city: '宿迁',
  province: '江苏',
  tagline: '宿迁的乡贤、地名、乡愁与运河文史，一处查阅，处处有据。',
  siteUrl: process.env['SITE_URL'] ?? 'https://xiangxian.example.org',
  basePath: process.env['BASE_PATH'] ?? '/',
  repository: {
    url: process.env['REPOSITORY_URL'] ?? 'https://github.com/xiangxian-wenshiku/suqian',
    branch: 'main',
  },
  publisher: '乡贤文史库编辑部',
  contentLicense: {
    name: 'CC BY-SA 4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.zh-hans',
  },
  icp: process.env['ICP_NUMBER'] ?? '',
  districts: [
    { id: 'sucheng', name: '宿城区', place: 'su-cheng-qu' },
    { id: 'suyu', name: '宿豫区', place: 'su-yu-qu' },
    { id: 'shuyang', name: '沭阳县', place: 'shu-yang-xian' },
    { id: 'siyang', name: '泗阳县', place: 'si-yang-xian' },
    { id: 'sihong', name: '泗洪县', place: 'si-hong-xian' },
  ],
} satisfies SiteConfig;
