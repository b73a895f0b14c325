/**
 * Builds the site over the fixture archive and checks the ways into it by time, place and person:
 * the timeline (BCE order, both calendars, bands, facets), the schematic map, the relation pages
 * and the open-data files, against the fixture's own collections.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, DATASET_NAMES, BOM, formatBytes, parseCsv } from '../../src/lib/open-data-records.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-archive.ts';
import { publicSite, useBuiltSite } from '../helpers/fixture-sites.ts';
import { visibleText } from '../helpers/site-audit.ts';

const site = useBuiltSite(publicSite);

/** The HTML of the element with this id, up to the next section of the same kind. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  const end = html.indexOf('<section class="era', start + 1);
  return start < 0 ? '' : html.slice(start, end < 0 ? undefined : end);
}

/** Ids of the fixture's published entries of a collection, from the files themselves. */
function publishedIds(folder: string): string[] {
  return readdirSync(join(FIXTURE_CONTENT, folder))
    .filter((name) => !name.startsWith('_') && /\.(mdx|yaml)$/.test(name))
    .filter(
      (name) =>
        !/^(draft: true|status: (草稿|待审))$/m.test(
          readFileSync(join(FIXTURE_CONTENT, folder, name), 'utf8'),
        ),
    )
    .map((name) => name.replace(/\.[^.]+$/, ''))
    .sort();
}

describe('the timeline', () => {
  it('puts a BCE event before a person born in BCE before an event of 405, then the Qing', () => {
    const html = site.page('/timeline/') ?? '';
    const order = ['event-mou-guo-qian-yi', 'worthy-li-mou', 'event-mou-xian-shi-zhi', 'worthy-wang-mou'].map(
      (id) => html.indexOf(`id="${id}"`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.each(['xianqin', 'qinhan', 'weijin-nanbeichao', 'qing', 'dangdai'])(
    'has the era %s on the full timeline, with a link to it',
    (slug) => {
      const html = site.page('/timeline/') ?? '';
      expect(html).toContain(`id="${slug}"`);
      expect(html).toContain(`href="#${slug}"`);
    },
  );

  it('files entries under era anchors', () => {
    const html = site.page('/timeline/') ?? '';
    expect(visibleText(section(html, 'xianqin'))).toContain('某国迁都某邑');
    expect(visibleText(section(html, 'xianqin'))).toContain('前684');
    expect(visibleText(section(html, 'weijin-nanbeichao'))).toContain('置某州');
    expect(visibleText(section(html, 'qing'))).toContain('王某');
  });

  it('shows reign-era and Western forms side by side, vague dates with 约, and the dynasty bands', () => {
    const html = site.page('/timeline/') ?? '';
    const page = visibleText(html);
    expect(page).toContain('乾隆八年（1743）');
    expect(page).toContain('东晋义熙元年（405）');
    expect(page).toMatch(/约前202年/);
    expect(visibleText(section(html, 'weijin-nanbeichao'))).toMatch(/同时并立 蜀汉（221—263年）/);
    expect(visibleText(section(html, 'songyuan'))).toMatch(/辽（907—1125年）/);
  });

  it('links events to their places and keeps each event’s sources with it', () => {
    const row =
      /<li class="entry[^"]*" id="event-mou-guo-qian-yi"[\s\S]*?<\/li>\s*(?=<li class="entry|<\/ol>)/.exec(
        site.page('/timeline/') ?? '',
      )?.[0];
    expect(row).toMatch(/<a href="\/places\/mou-xian\/"[^>]*>某县<\/a>/);
    expect(row).toMatch(/href="#event-mou-guo-qian-yi-source-1"/);
    expect(row).toMatch(
      /id="event-mou-guo-qian-yi-source-1"[^>]*>\s*王某某：\s*《某县志》，中华书局，1985。\s*〔地方志〕/,
    );
  });

  it('has facet pages by district and category that work without JavaScript', () => {
    const district = visibleText(site.page('/timeline/district/sucheng/'));
    expect(district).toContain('某国迁都某邑');
    expect(district).toContain('王某');
    const military = visibleText(site.page('/timeline/category/junshi/'));
    expect(military).toContain('李某');
    expect(military).not.toContain('王某（');
    expect(site.page('/timeline/category/yixue/')).toBeUndefined();
    expect(site.page('/timeline/')).toMatch(/href="\/timeline\/category\/junshi\/"/);
  });
});

describe('the map', () => {
  it('is an inline SVG labelled as a schematic, with a marker linking to each placed entry', () => {
    const html = site.page('/map/') ?? '';
    expect(html).toMatch(/<svg[^>]*role="group"[^>]*aria-labelledby="city-map-title"/);
    expect(html).toMatch(/<title id="city-map-title"[^>]*>[^<]*示意图<\/title>/);
    expect(html).toMatch(/<desc id="city-map-desc"[^>]*>[^<]*不按比例/);
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg).toMatch(/<a href="\/places\/mou-xian\/"[^>]*aria-label="某县（今政区，宿城区）"/);
    expect(svg).toMatch(/<a href="\/places\/jia-zhen\/"/);
    expect(svg).not.toContain('/places/gu-mou-cheng/');
    // Each marker is coloured by its district.
    expect(svg).toMatch(
      /<a href="\/places\/mou-xian\/"[^>]*>\s*<title>[^<]*<\/title>\s*<path class="marker[^"]*"[^>]*style="--hue: var\(--xx-district-\d\)"/,
    );
    // No tiles, no map service: nothing in the drawing comes from another host.
    expect(svg).not.toMatch(/(?:src|href)="https?:/);
  });

  it('counts places per district, in the map and in the list, and lists the unplaced with the reason', () => {
    const page = visibleText(site.page('/map/'));
    expect(page).toMatch(/宿城区 2 处/);
    expect(page).toMatch(/未标在图上的地点（1 处） 这些条目没有写今属区县/);
    expect(site.page('/map/')).toMatch(/<a href="\/places\/gu-mou-cheng\/"[^>]*>古某城<\/a>/);
  });

  it('shows a locator on a placed place’s page and none on an unplaced one', () => {
    expect(site.page('/places/mou-xian/')).toMatch(
      /<svg class="map locator[^"]*"[\s\S]*?class="marker[^"]*highlight/,
    );
    expect(site.page('/places/gu-mou-cheng/')).not.toMatch(/<svg class="map/);
  });
});

describe('relations', () => {
  it('draw the neighbourhood on the worthy page, the person in the middle and outside people without links', () => {
    const html = site.page('/worthies/wang-mou/') ?? '';
    const svg = /<figure class="diagram[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(svg).toMatch(/<title id="relation-diagram-wang-mou-title"[^>]*>王某的人物关系图<\/title>/);
    expect(svg).toMatch(/<a[^>]*href="\/worthies\/li-mou\/"[^>]*aria-label="李某（子）"/);
    expect(visibleText(svg)).toMatch(/库外某师 未收/);
    // One relation is a line of the list, not a diagram.
    const single = site.page('/worthies/li-mou/') ?? '';
    expect(single).not.toMatch(/<figure class="diagram/);
    expect(single).toMatch(/<span class="role[^"]*">父<\/span><a href="\/worthies\/wang-mou\/"/);
  });

  it('are listed on /relations/ from both sides, each person linked', () => {
    const page = visibleText(site.page('/relations/'));
    expect(page).toMatch(/王某 的 子 ： 李某 反过来， 李某 的 父 ： 王某/);
    expect(page).toMatch(/王某 的 师 ： 库外某师 未收/);
    expect(site.page('/relations/')).toMatch(/<a href="\/worthies\/li-mou\/"[^>]*>李某<\/a>/);
  });

  it('and a study page lists the pages that mention it', () => {
    const page = visibleText(site.page('/studies/di-yi-pian/'));
    expect(page).toMatch(/提及本条目的页面 .*某地礼册/);
  });
});

describe('open data', () => {
  const json = (name: string) =>
    JSON.parse(site.file(`data/${name}.json`) ?? '{}') as {
      count: number;
      records: Record<string, unknown>[];
    };

  it.each(DATASET_NAMES)('publishes every published entry of %s, and only those, by id', (name) => {
    const data = json(name);
    const ids = publishedIds(name).sort();
    expect(data.count).toBe(ids.length);
    expect(data.records.map((r) => r['id']).sort()).toEqual(ids);
  });

  it('leaves drafts out of the data', () => {
    expect(JSON.stringify(json('worthies'))).not.toContain('zhao-mou');
  });

  it('gives a relation from both sides, written and derived', () => {
    const records = json('worthies').records;
    const relations = (id: string) => records.find((r) => r['id'] === id)?.['relations'];
    expect(relations('wang-mou')).toContainEqual(
      expect.objectContaining({ role: '子', to: 'li-mou', derived: false }),
    );
    expect(relations('li-mou')).toContainEqual(
      expect.objectContaining({ role: '父', to: 'wang-mou', name: '王某', derived: true }),
    );
  });

  it('normalises a BCE date and gives the era form of a reign date', () => {
    const records = json('worthies').records;
    const li = records.find((r) => r['id'] === 'li-mou');
    expect(li?.['born']).toMatchObject({
      verbatim: '前232',
      year: -232,
      precision: 'year',
      display: '前232年',
    });
    expect(li?.['died']).toMatchObject({ year: -202, approximate: true });
    const wang = records.find((r) => r['id'] === 'wang-mou');
    expect(wang?.['born']).toMatchObject({ year: 1743, eraForm: '清乾隆八年', display: '乾隆八年（1743）' });
    const event = json('events').records.find((r) => r['id'] === 'mou-guo-qian-yi');
    expect(event?.['date']).toMatchObject({ year: -684 });
    const sources = event?.['sources'] as { id: string; citation: string }[] | undefined;
    expect(sources?.map((s) => s.id)).toEqual(['F1']);
    expect(sources?.[0]?.citation).toContain('某县志[M]');
  });

  it.each(DATASET_NAMES)(
    'writes a CSV twin of %s that starts with a BOM and parses back to the same rows',
    (name) => {
      const csv = site.file(`data/${name}.csv`) ?? '';
      expect(csv.startsWith(BOM)).toBe(true);
      const [header, ...rows] = parseCsv(csv);
      expect(header).toEqual(CSV_COLUMNS[name].map((c) => c.name));
      const records = json(name).records;
      expect(rows.map((row) => row[0])).toEqual(records.map((r) => r['id']));
      expect(rows.every((row) => row.length === header?.length)).toBe(true);
    },
  );

  it('writes BCE years in the CSV as negative numbers', () => {
    const [header, ...rows] = parseCsv(site.file('data/worthies.csv') ?? '');
    const li = rows.find((row) => row[0] === 'li-mou');
    expect(li?.[header?.indexOf('born_year') ?? -1]).toBe('-232');
  });

  it('describes itself as a schema.org Dataset, on the page and in dataset.json, with each file and its size', () => {
    const dataset = JSON.parse(site.file('data/dataset.json') ?? '{}') as {
      '@type': string;
      license: string;
      distribution: { contentUrl: string; contentSize: string }[];
    };
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.license).toMatch(/creativecommons\.org/);
    expect(dataset.distribution).toHaveLength(DATASET_NAMES.length * 2);
    const html = site.page('/data/') ?? '';
    expect(html).toMatch(/<script type="application\/ld\+json">[^<]*"@type":"Dataset"/);
    for (const name of DATASET_NAMES) {
      for (const format of ['json', 'csv']) {
        const bytes = Buffer.byteLength(site.file(`data/${name}.${format}`) ?? '');
        expect(html).toMatch(
          new RegExp(
            `<a href="/data/${name}\\.${format}"[^>]*>\\s*${name}\\.${format}\\s*</a>\\s*<span class="size[^"]*">${formatBytes(bytes).replace('.', '\\.')}</span>`,
          ),
        );
        const entry = dataset.distribution.find((d) => d.contentUrl.endsWith(`/data/${name}.${format}`));
        expect(entry?.contentSize).toBe(`${bytes} B`);
      }
    }
    expect(visibleText(html)).toContain('CC BY-SA 3.0');
  });
});

describe('navigation', () => {
  it('offers 年表, 地图, 人物关系 and 数据 after 礼册 and before 关于', () => {
    const html = site.page('/') ?? '';
    const nav = /<nav aria-label="主导航"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const order = ['gifts/', 'timeline/', 'map/', 'relations/', 'data/', 'about/'].map((path) =>
      nav.indexOf(`href="/${path}"`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(visibleText(html)).toContain('人物关系');
  });
});
