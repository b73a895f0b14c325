/**
 * Every setting that names the city or the publisher lives here, so that a second city is a new
 * copy of this file plus its own `content/`, with no change to components or pages.
 */
import { DEFAULT_LIMITS, type ContentLimits } from './lib/checks/limits.ts';
import { siteAddress } from './settings.ts';
import type { MapLayout } from './lib/map-layout.ts';

/** SITE_URL and BASE_PATH from the environment; without SITE_URL the build is a local preview. */
const address = siteAddress(process.env);

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
  /**
   * Absolute origin the site is deployed to; canonical URLs and QR codes point here. Set by the
   * SITE_URL environment variable: a public build refuses to run without it; `npm start` and
   * `astro dev` use http://localhost:4321 and mark every page as a preview.
   */
  siteUrl: string;
  /** True when no SITE_URL is set: a local preview, with a banner on every page. */
  preview: boolean;
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
  /**
   * The schematic map (示意图) on /map/ and the place pages: each district as a region in its
   * rough position, and the main lakes and waterways. Drawn by hand in map units (x east, y south),
   * not traced from survey data. Without it the map pages show the place lists only.
   */
  mapLayout?: MapLayout | undefined;
  /** What one contributed file may weigh and how deep its text may nest; larger is refused by `check`. */
  limits: ContentLimits;
}

export const siteConfig = {
  siteName: '乡贤文史库·宿迁',
  city: '宿迁',
  province: '江苏',
  tagline: '宿迁的乡贤、地名、乡愁与运河文史，一处查阅，处处有据。',
  // Spread so that one archive can raise or lower a single value: { ...DEFAULT_LIMITS, nesting: 48 }.
  limits: { ...DEFAULT_LIMITS },
  siteUrl: address.siteUrl,
  preview: address.preview,
  basePath: address.basePath,
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
  // Rough relative positions only: 沭阳 in the north-east, 宿豫 in the north, 宿城 in the middle,
  // 泗阳 in the east, 泗洪 in the south-west; 骆马湖 to the north, 洪泽湖 to the south-east, the canal
  // and the old Yellow River running north-west to south-east. One line per outline, not per point:
  // prettier-ignore
  mapLayout: {
    width: 100,
    height: 120,
    districts: {
      shuyang: {
        outline: [[56, 4], [96, 10], [98, 46], [72, 52], [58, 40]],
        label: [80, 26],
      },
      suyu: {
        outline: [[20, 6], [56, 4], [58, 40], [50, 46], [40, 38], [28, 34], [18, 22]],
        label: [45, 14],
      },
      sucheng: {
        outline: [[4, 30], [18, 22], [28, 34], [40, 38], [50, 46], [46, 60], [26, 66], [6, 54]],
        label: [20, 46],
      },
      siyang: {
        outline: [[50, 46], [58, 40], [72, 52], [98, 46], [94, 74], [64, 78], [46, 60]],
        label: [80, 62],
      },
      sihong: {
        outline: [[6, 54], [26, 66], [46, 60], [64, 78], [60, 116], [28, 118], [4, 92]],
        label: [28, 90],
      },
    },
    water: [
      {
        name: '骆马湖',
        place: 'luo-ma-hu',
        kind: 'area',
        points: [[18, 12], [26, 6], [36, 8], [38, 16], [32, 23], [22, 21]],
        label: [28, 15],
      },
      {
        name: '洪泽湖',
        place: 'hong-ze-hu',
        kind: 'area',
        points: [[54, 90], [64, 84], [78, 90], [82, 104], [72, 116], [56, 112], [50, 100]],
        label: [66, 101],
      },
      {
        name: '中运河',
        place: 'zhong-yun-he',
        kind: 'line',
        points: [[32, 23], [35, 31], [43, 41], [54, 52], [68, 63], [84, 70], [99, 75]],
        label: [61, 55],
      },
      {
        name: '古黄河',
        place: 'gu-huang-he',
        kind: 'line',
        points: [[2, 38], [16, 41], [30, 47], [42, 55], [56, 66], [76, 77], [99, 86]],
        label: [24, 42],
      },
    ],
  },
} satisfies SiteConfig;
