/**
 * Builds the site over the fixture archive and checks what readers get: names and aliases, dates
 * in both calendars, relations on both pages, citations, links, facets, and no trace of drafts.
 * The build is the public fixture site that the other build test files share (fixture-sites.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCbor } from '../../src/lib/search/cbor.ts';
import { pageNumbers, type FacetTable } from '../../src/lib/search/facet-table.ts';
import { publicSite, useBuiltSite } from '../helpers/fixture-sites.ts';
import { pagesWithRawMarks } from '../helpers/raw-marks.ts';
import { brokenInternalLinks, htmlProblems, visibleText } from '../helpers/site-audit.ts';

const site = useBuiltSite(publicSite);

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
}

describe('a worthy’s page', () => {
  it('shows the name, typed aliases and both date forms', () => {
    const page = visibleText(site.page('/worthies/wang-mou/'));
    expect(page).toContain('王某');
    expect(page).toContain('字：某甲');
    expect(page).toContain('号：某园居士');
    expect(page).toContain('乾隆八年（1743）');
    expect(page).toMatch(/1800年（清嘉庆五年）（一说1801年）/);
  });

  it('shows BCE and approximate dates in Chinese form', () => {
    const page = visibleText(site.page('/worthies/li-mou/'));
    expect(page).toContain('前232年');
    expect(page).toContain('约前202年');
  });

  it('shows a relation on the page that declares it and its reverse on the other page', () => {
    const declaring = site.page('/worthies/wang-mou/') ?? '';
    expect(declaring).toMatch(/<span[^>]*class="role[^"]*"[^>]*>子<\/span>\s*<a href="\/worthies\/li-mou\/"/);
    const other = site.page('/worthies/li-mou/') ?? '';
    expect(other).toMatch(/<span[^>]*class="role[^"]*"[^>]*>父<\/span>\s*<a href="\/worthies\/wang-mou\/"/);
    expect(visibleText(declaring)).toContain('库外某师');
  });

  it('numbers citations in the order of the entry’s sources and links them to the source list', () => {
    const page = site.page('/worthies/wang-mou/') ?? '';
    expect(page).toMatch(/<sup class="cite[^"]*"><a href="#source-1"[^>]*>\[1\]<\/a><\/sup>/);
    expect(page).toMatch(/<sup class="cite[^"]*"><a href="#source-2"[^>]*>\[2\]<\/a><\/sup>/);
  });

  it('shows each source with its author or institution first, its category, and no bare address as text', () => {
    const list =
      /<section class="sources[^"]*"[\s\S]*?<\/section>/.exec(site.page('/worthies/wang-mou/') ?? '')?.[0] ??
      '';
    expect(visibleText(list)).toMatch(/王某某： 《某县志》，中华书局，1985。 地方志/);
    expect(visibleText(list)).toMatch(/某县政府网： 《某县沿革》，2024-05-01，第3页。 网页 官方网站/);
    expect(list).toMatch(
      /<a class="link[^"]*"[^>]*href="https:\/\/example.org\/history"[^>]*>\s*网页\s*<\/a>/,
    );
    expect(visibleText(list)).not.toContain('https://');
    expect(visibleText(list)).not.toContain('网络资料');
  });

  it('shows a wiki link written as a file name with the entry’s name', () => {
    expect(site.page('/worthies/li-mou/')).toMatch(/另见<a href="\/worthies\/wang-mou\/">王某<\/a>/);
  });

  it('publishes nothing from folders whose names start with _', () => {
    expect(site.page('/worthies/notes/')).toBeUndefined();
    expect(allFiles(site.outDir).some((f) => f.includes('notes'))).toBe(false);
  });

  it('turns wiki links into links to the named entries and marks legends', () => {
    const page = site.page('/worthies/wang-mou/') ?? '';
    expect(page).toMatch(/<a href="\/places\/jia-zhen\/"[^>]*>甲镇<\/a>/);
    expect(visibleText(page)).toMatch(/传说 相传他在镇上种过一棵槐树/);
  });

  it('carries schema.org Person data and Open Graph meta', () => {
    const page = site.page('/worthies/wang-mou/') ?? '';
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)?.[1] ?? '{}',
    ) as Record<string, unknown>;
    expect(ld['@type']).toBe('Person');
    expect(ld['alternateName']).toEqual(['某甲', '某园居士']);
    expect(ld['birthDate']).toBe('1743');
    expect(page).toContain('<meta property="og:title" content="王某"');
    expect(page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/worthies\/wang-mou\/"/);
    expect(page).toMatch(/<html lang="zh-CN"/);
  });
});

describe('indexes and facets', () => {
  // The index and its facet pages are plain HTML: what they list is there without JavaScript.
  it.each<[string, string[], string[]]>([
    ['/worthies/', ['王某', '李某'], []],
    ['/worthies/district/sucheng/', ['王某'], []],
    ['/worthies/era/qing/', ['王某'], []],
    ['/worthies/era/qinhan/', ['李某'], []],
    ['/worthies/category/junshi/', ['李某'], ['王某']],
  ])('%s lists the published worthies %j and not %j', (url, listed, unlisted) => {
    const text = visibleText(site.page(url));
    for (const name of listed) expect(text, url).toContain(name);
    for (const name of unlisted) expect(text, url).not.toContain(name);
  });
});

describe('a place’s page', () => {
  it('marks a web-only source and explains the mark above the list', () => {
    const list =
      /<section class="sources[^"]*"[\s\S]*?<\/section>/.exec(
        site.page('/places/gu-mou-cheng/') ?? '',
      )?.[0] ?? '';
    expect(visibleText(list)).toMatch(/标有 网络资料 的来源只见于网络/);
    expect(list).toMatch(/<li id="source-2" class="[^"]*web-only[^"]*"/);
    expect(visibleText(list)).toMatch(/《某城旧闻》。 网页 网络资料/);
    expect(visibleText(list)).not.toContain('example.com');
  });

  it('cites the coordinates with a note mark into the source list, not a source code', () => {
    const page = site.page('/places/mou-xian/') ?? '';
    expect(page).toMatch(
      /北纬 33.9°，东经 118.3°\s*<sup class="cite[^"]*"><a href="#source-1"[^>]*>\[1\]<\/a><\/sup>/,
    );
    expect(visibleText(page)).not.toMatch(/据来源|\bF1\b/);
  });

  it('shows its names over time and the entries linked to it', () => {
    const page = visibleText(site.page('/places/mou-xian/'));
    expect(page).toMatch(/某州 东晋义熙元年（405）/);
    expect(page).toContain('相关人物');
    expect(page).toContain('王某');
    expect(page).toContain('某戏');
  });
});

describe('heritage, series, studies, gifts', () => {
  it('shows a heritage listing with level, year and batch', () => {
    expect(visibleText(site.page('/heritage/mou-xi/'))).toMatch(/省级 2009 第二批 JS-00-0001/);
  });

  it('lists a series’ studies in reading order and links a study to its neighbours', () => {
    const series = site.page('/series/mou-cong-shu/') ?? '';
    expect(series.indexOf('第一篇文章')).toBeLessThan(series.indexOf('第二篇文章'));
    const first = site.page('/studies/di-yi-pian/') ?? '';
    expect(first).toMatch(/<a rel="next" href="\/studies\/di-er-pian\/"/);
    expect(first).toMatch(/data-footnotes/);
    expect(visibleText(first)).toContain('参考文献');
  });

  it('lists a gift’s entries in the curated order', () => {
    const gift = visibleText(site.page('/gifts/mou-li-ce/'));
    const order = ['王某', '某县', '某戏', '第一篇文章'].map((name) =>
      gift.indexOf(name, gift.indexOf('收录条目')),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(gift).toContain('礼册里的说明');
  });
});

describe('drafts', () => {
  it('are absent from every page, the sitemap and the feed', () => {
    expect(site.page('/worthies/zhao-mou/')).toBeUndefined();
    for (const file of allFiles(site.outDir).filter((f) => /\.(html|xml|json)$/.test(f))) {
      const content = readFileSync(file, 'utf8');
      expect(content, file).not.toContain('zhao-mou');
      expect(content, file).not.toContain('未发布草稿标记');
    }
    expect(site.file('sitemap-0.xml')).toContain('/worthies/wang-mou/');
    expect(site.file('rss.xml')).toContain('/worthies/wang-mou/');
  });
});

describe('the built site as a whole', () => {
  it('has no broken internal links', () => {
    expect(brokenInternalLinks(site.outDir)).toEqual([]);
  });

  it('is valid HTML', async () => {
    expect(await htmlProblems(site.outDir)).toEqual([]);
  });

  it('shows no literal Markdown marks (**, __, ~~) outside code, even beside Chinese punctuation', () => {
    expect(site.page('/studies/di-yi-pian/')).toMatch(/<strong>生年。<\/strong>/);
    expect(pagesWithRawMarks(site.outDir)).toEqual({});
  });
});

describe('the search index', () => {
  // Pages carry short ids (<set>/<n>) instead of Pagefind's content hashes; see pagefind-meta.ts.
  const folder = () => join(site.outDir, 'pagefind');
  const pageIds = () => {
    const entry = JSON.parse(readFileSync(join(folder(), 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    const [{ hash } = { hash: '' }] = Object.values(entry.languages);
    const meta = gunzipSync(readFileSync(join(folder(), `pagefind.${hash}.pf_meta`)));
    const [, pages] = decodeCbor(meta.subarray('pagefind_dcd'.length)) as [string, [string][]];
    return { hash, meta, ids: pages.map(([id]) => id) };
  };

  it('names every page by a short id whose fragment file is there, and leaves no other fragment', () => {
    const { ids } = pageIds();
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}\/[0-9a-z]+$/);
    const fragments = readdirSync(join(folder(), 'fragment'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.pf_fragment'))
      .map((name) =>
        name
          .split(sep)
          .join('/')
          .replace(/\.pf_fragment$/, ''),
      )
      .sort();
    expect(fragments).toEqual([...ids].sort());
  });

  it('names the metadata file by its own digest, as Pagefind does', () => {
    const { hash, meta } = pageIds();
    expect(hash).toBe(`zh_${createHash('sha256').update(meta).digest('hex').slice(0, 10)}`);
  });

  it('publishes each page’s filter values as its own search record has them, found by its id', () => {
    const table = JSON.parse(readFileSync(join(folder(), 'filter-table.json'), 'utf8')) as FacetTable;
    const pageOf = pageNumbers(table);
    const { ids } = pageIds();
    expect(Object.keys(table.filters).sort()).toEqual(['区县', '朝代', '类别', '类型']);
    ids.forEach((id, page) => {
      expect(pageOf(id)).toBe(page);
      // The record Pagefind gives the browser for this page lists its filters.
      const record = JSON.parse(
        gunzipSync(readFileSync(join(folder(), 'fragment', `${id}.pf_fragment`)))
          .subarray('pagefind_dcd'.length)
          .toString('utf8'),
      ) as { url: string; filters: Record<string, string[]> };
      for (const [name, { values, pages }] of Object.entries(table.filters)) {
        const held = pages[page];
        const listed = (typeof held === 'number' ? [held] : (held ?? [])).map((v) => values[v]);
        expect(listed.sort(), `${record.url} ${name}`).toEqual([...(record.filters[name] ?? [])].sort());
      }
    });
  });
});

describe('images', () => {
  it('publishes a portrait as responsive AVIF and WebP, with credit and licence', () => {
    const page = site.page('/worthies/wang-mou/') ?? '';
    expect(page).toMatch(
      /<picture[^>]*>[\s\S]*type="image\/avif"[\s\S]*type="image\/webp"[\s\S]*<img[^>]+alt="王某画像（测试用的示意图）"/,
    );
    expect(visibleText(page)).toContain('测试编辑部绘制，CC0');
  });

  it('strips EXIF and GPS metadata from every published image', async () => {
    const images = allFiles(site.outDir).filter((f) => /\.(jpe?g|png|webp|avif)$/.test(f));
    expect(images.length).toBeGreaterThan(2);
    for (const image of images) {
      const metadata = await sharp(image).metadata();
      expect(metadata.exif, image).toBeUndefined();
      expect(readFileSync(image).includes('GPS'), image).toBe(false);
    }
  });
});

describe('components in entry texts', () => {
  it('renders <Figure> with the declared image, its caption, credit and licence', () => {
    const page = site.page('/heritage/mou-xi/') ?? '';
    expect(page).toMatch(
      /<figure class="figure[^"]*">\s*<picture[^>]*>[\s\S]*?alt="某戏舞台示意图"[\s\S]*?某戏的舞台（示意）[\s\S]*?测试编辑部绘制，CC0/,
    );
  });

  it('renders <EntryLink> as a link to the named entry', () => {
    expect(site.page('/heritage/mou-xi/')).toMatch(/<a href="\/worthies\/wang-mou\/"[^>]*>这位乡贤<\/a>/);
  });
});

describe('editorial links', () => {
  it('shows the last update and links to the file’s history and editor in the repository', () => {
    const page = site.page('/worthies/wang-mou/') ?? '';
    expect(page).toMatch(/最后更新：<time datetime="\d{4}-\d{2}-\d{2}"/);
    expect(page).toMatch(
      /href="https:\/\/github\.com\/[^"]+\/commits\/main\/[^"]*worthies\/wang-mou\.mdx"[^>]*>修改记录/,
    );
    expect(page).toMatch(
      /href="https:\/\/github\.com\/[^"]+\/edit\/main\/[^"]*worthies\/wang-mou\.mdx"[^>]*>纠错 \/ 编辑此页/,
    );
  });
});
