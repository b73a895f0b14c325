/**
 * The archive as open data: one JSON file and its CSV twin per collection, and a schema.org
 * Dataset describing them. Built from the same archive the pages use (drafts removed), so the
 * files always agree with the site. Shapes and CSV rules live in src/lib/open-data-records.ts.
 */
import { numberSources, type SourceItem } from '../lib/citation/source-list.ts';
import {
  DATASET_NAMES,
  datasetCsv,
  plainText,
  recordedDateRecord,
  type DatasetName,
  type DatasetRecords,
  type SourceRecord,
} from '../lib/open-data-records.ts';
import { absoluteUrl, entryPath, withBase } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import type { Archive } from './archive.ts';

const base = import.meta.env.BASE_URL;

/** What each file holds, for the download page and the Dataset description. */
export const DATASET_TITLES: Record<DatasetName, { title: string; unit: string }> = {
  worthies: { title: '乡贤', unit: '位人物' },
  places: { title: '地名', unit: '处地点' },
  heritage: { title: '乡愁', unit: '项' },
  studies: { title: '文史', unit: '篇文章' },
  events: { title: '大事', unit: '件事' },
};

function pageUrl(site: string, collection: 'worthies' | 'places' | 'heritage' | 'studies', id: string) {
  return absoluteUrl(site, base, entryPath(collection, id));
}

function sourcesOf(items: readonly SourceItem[], archive: Archive): SourceRecord[] {
  return numberSources(items, archive.sources).map((s) => ({
    id: s.id,
    citation: s.citation,
    notes: s.notes,
    url: s.url,
  }));
}

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

function districtsOfPlaces(archive: Archive, placeIds: readonly string[]): string[] {
  const found = new Set(
    placeIds.flatMap((id) => {
      const entry = archive.get({ collection: 'places', id });
      return entry?.collection === 'places' ? entry.data.districts : [];
    }),
  );
  return siteConfig.districts.filter((d) => found.has(d.id)).map((d) => d.id);
}

/** Every published entry of each collection as an open-data record. */
export function datasetRecords(archive: Archive, site = siteConfig.siteUrl): DatasetRecords {
  const nameOf = (id: string) => {
    const entry = archive.get({ collection: 'worthies', id });
    return entry?.collection === 'worthies' ? entry.data.name : id;
  };
  return {
    worthies: archive.worthies.map((w) => {
      const { data } = w;
      return {
        id: w.id,
        url: pageUrl(site, 'worthies', w.id),
        name: data.name,
        aliases: data.aliases.map((a) => ({ type: a.type, name: a.name, note: a.note })),
        sex: data.sex,
        living: data.living,
        born: data.born ? recordedDateRecord(data.born) : undefined,
        died: data.died ? recordedDateRecord(data.died) : undefined,
        dynasty: data.dynasty,
        period: data.period,
        era: archive.eraOfWorthy(w)?.name,
        connection: data.connection,
        native: data.native
          ? {
              place: data.native.place?.id,
              as: data.native.as,
              today: data.native.today,
              note: data.native.note,
            }
          : undefined,
        places: ids(data.places),
        districts: archive.districtsOfWorthy(w).map((d) => d.id),
        categories: [...data.categories],
        relations: archive.relationsOf(w.id).map((r) => ({
          role: r.label,
          group: r.group,
          to: r.id,
          name: r.id ? nameOf(r.id) : (r.name ?? ''),
          derived: r.derived,
          note: r.note,
        })),
        summary: data.summary,
        sources: sourcesOf(data.sources, archive),
      };
    }),
    places: archive.places.map((p) => {
      const { data } = p;
      return {
        id: p.id,
        url: pageUrl(site, 'places', p.id),
        name: data.name,
        kind: data.kind,
        aliases: [...data.aliases],
        districts: [...data.districts],
        within: data.within?.id,
        names: data.names.map((n) => ({
          name: n.name,
          from: n.from ? recordedDateRecord(n.from) : undefined,
          to: n.to ? recordedDateRecord(n.to) : undefined,
          note: n.note ? plainText(n.note) : undefined,
        })),
        coordinates: data.coordinates
          ? { lat: data.coordinates.lat, lon: data.coordinates.lon, source: data.coordinates.source.id }
          : undefined,
        summary: data.summary,
        description: data.description ? plainText(data.description) : undefined,
        sources: sourcesOf(data.sources, archive),
      };
    }),
    heritage: archive.heritage.map((h) => {
      const { data } = h;
      return {
        id: h.id,
        url: pageUrl(site, 'heritage', h.id),
        name: data.name,
        kind: data.kind,
        aliases: [...data.aliases],
        listings: data.listings.map((l) => ({ ...l })),
        places: ids(data.places),
        worthies: ids(data.worthies),
        districts: districtsOfPlaces(archive, ids(data.places)),
        summary: data.summary,
        sources: sourcesOf(data.sources, archive),
      };
    }),
    studies: archive.studies.map((s) => {
      const { data } = s;
      return {
        id: s.id,
        url: pageUrl(site, 'studies', s.id),
        title: data.title,
        subtitle: data.subtitle,
        authors: [...data.authors],
        date: data.date,
        series: data.series?.id,
        volume: data.volume,
        order: data.order,
        about: {
          worthies: ids(data.about.worthies),
          places: ids(data.about.places),
          heritage: ids(data.about.heritage),
        },
        summary: data.summary,
        sources: sourcesOf(data.sources, archive),
      };
    }),
    events: [...archive.events]
      .sort((a, b) => a.data.date.year - b.data.date.year || a.id.localeCompare(b.id))
      .map((e) => {
        const { data } = e;
        return {
          id: e.id,
          title: data.title,
          date: recordedDateRecord(data.date),
          description: data.description ? plainText(data.description) : undefined,
          places: ids(data.places),
          worthies: ids(data.worthies),
          districts: districtsOfPlaces(archive, ids(data.places)),
          sources: sourcesOf(data.sources, archive),
        };
      }),
  };
}

/** The published JSON of one dataset: a short header, then the records. */
export function datasetJson(name: DatasetName, records: DatasetRecords, site = siteConfig.siteUrl): string {
  const { title } = DATASET_TITLES[name];
  return `${JSON.stringify(
    {
      dataset: name,
      title: `${siteConfig.siteName}：${title}`,
      license: siteConfig.contentLicense,
      description: absoluteUrl(site, base, 'data/'),
      count: records[name].length,
      records: records[name],
    },
    null,
    2,
  )}\n`;
}

export interface DataFile {
  name: DatasetName;
  format: 'json' | 'csv';
  /** File name under data/: worthies.json. */
  file: string;
  /** Site path, with the base. */
  href: string;
  mediaType: string;
  body: string;
  bytes: number;
}

const views = new WeakMap<Archive, DataFile[]>();

/** Every data file with its content and size, worked out once per archive. */
export function dataFiles(archive: Archive): DataFile[] {
  const cached = views.get(archive);
  if (cached) return cached;
  const records = datasetRecords(archive);
  const files = DATASET_NAMES.flatMap((name): DataFile[] =>
    (['json', 'csv'] as const).map((format) => {
      const body = format === 'json' ? datasetJson(name, records) : datasetCsv(name, records[name]);
      return {
        name,
        format,
        file: `${name}.${format}`,
        href: withBase(base, `data/${name}.${format}`),
        mediaType: format === 'json' ? 'application/json' : 'text/csv',
        body,
        bytes: new TextEncoder().encode(body).length,
      };
    }),
  );
  views.set(archive, files);
  return files;
}

/** The era data's licence, which open data inherits where it gives reign-era forms. */
export const ERA_DATA_CREDIT = {
  name: 'DDBC Time Authority Database（法鼓文理学院时间规范资料库）',
  url: 'https://github.com/ddbc/Authority-Databases',
  license: 'https://creativecommons.org/licenses/by-sa/3.0/',
  licenseName: 'CC BY-SA 3.0',
};

/** schema.org Dataset for the download page and data/dataset.json. */
export function datasetDescription(archive: Archive, site = siteConfig.siteUrl) {
  const files = dataFiles(archive);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${siteConfig.siteName}开放数据`,
    description: `${siteConfig.city}的乡贤、地名、乡愁、文史文章与大事年表，每条附来源；日期给出原文、公元年与年号纪年。`,
    url: absoluteUrl(site, base, 'data/'),
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    license: siteConfig.contentLicense.url,
    creator: { '@type': 'Organization', name: siteConfig.publisher },
    publisher: { '@type': 'Organization', name: siteConfig.publisher },
    spatialCoverage: { '@type': 'Place', name: `${siteConfig.province}${siteConfig.city}` },
    keywords: ['乡贤', '地名', '非物质文化遗产', '地方史', siteConfig.city],
    isBasedOn: {
      '@type': 'Dataset',
      name: ERA_DATA_CREDIT.name,
      url: ERA_DATA_CREDIT.url,
      license: ERA_DATA_CREDIT.license,
    },
    creditText: `年号纪年据 ${ERA_DATA_CREDIT.name}，${ERA_DATA_CREDIT.licenseName} 许可。`,
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      name: f.file,
      description: `${DATASET_TITLES[f.name].title}（${f.format.toUpperCase()}）`,
      encodingFormat: f.mediaType,
      contentUrl: absoluteUrl(site, base, `data/${f.file}`),
      contentSize: `${f.bytes} B`,
    })),
  };
}
