/**
 * The archive as pages see it: every collection loaded once, drafts removed (unless this is a
 * preview build), and the cross-indexes pages need (relations both ways, mentions, facets).
 * Pages stay thin: they ask this module, and the logic lives in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir, includeDrafts } from '../settings.ts';
import { isPublished } from '../schemas/common.ts';
import { siteConfig, type District } from '../site.config.ts';
import { browsingEraOf, indexYear, type BrowsingEra } from '../lib/browsing-eras.ts';
import { buildMentions, type EntryKey } from '../lib/mentions.ts';
import { buildRelationIndex, type RelationView } from '../lib/relations.ts';
import { createNameIndex, describeForLinks } from '../lib/text-links.ts';
import { linkResolver, renderMarkdown } from '../render/markdown/processor.ts';
import { numberSources, type NumberedSource, type SourceItem } from '../lib/citation/source-list.ts';
import { entryPath, isSectionCollection, withBase, type SectionCollection } from '../lib/urls.ts';

export type Worthy = CollectionEntry<'worthies'>;
export type Place = CollectionEntry<'places'>;
export type Heritage = CollectionEntry<'heritage'>;
export type Series = CollectionEntry<'series'>;
export type Study = CollectionEntry<'studies'>;
export type Gift = CollectionEntry<'gifts'>;
export type ArchiveEvent = CollectionEntry<'events'>;
export type PageEntry = Worthy | Place | Heritage | Series | Study | Gift;

async function load() {
  const visible = <E extends { data: { draft: boolean; status: string } }>(entries: E[]) =>
    includeDrafts() ? entries : entries.filter((e) => isPublished(e.data));
  const [worthies, places, heritage, series, studies, gifts, events, bibliography] = await Promise.all([
    getCollection('worthies').then(visible),
    getCollection('places').then(visible),
    getCollection('heritage').then(visible),
    getCollection('series').then(visible),
    getCollection('studies').then(visible),
    getCollection('gifts').then(visible),
    getCollection('events').then(visible),
    getCollection('bibliography'),
  ]);

  worthies.sort(
    (a, b) => (indexYear(a.data) ?? Infinity) - (indexYear(b.data) ?? Infinity) || a.id.localeCompare(b.id),
  );
  places.sort((a, b) => a.id.localeCompare(b.id));
  heritage.sort((a, b) => a.id.localeCompare(b.id));
  studies.sort(
    (a, b) =>
      (a.data.volume ?? 0) - (b.data.volume ?? 0) ||
      (a.data.order ?? 0) - (b.data.order ?? 0) ||
      a.data.date.localeCompare(b.data.date),
  );

  // Every collection with pages, by its URL folder: a collection added to SECTION_PATHS fails to
  // compile here until the archive loads it.
  const sections = { worthies, places, heritage, series, studies, gifts } satisfies Record<
    SectionCollection,
    PageEntry[]
  >;
  const pageEntries: PageEntry[] = Object.values(sections).flat();
  const all = [...pageEntries, ...events];
  const byKey = new Map<string, (typeof all)[number]>(all.map((e) => [`${e.collection}/${e.id}`, e]));
  const names = createNameIndex(describeForLinks(all));
  const mentions = buildMentions(
    all.map((e) => ({ collection: e.collection, id: e.id, data: e.data, texts: textsOf(e) })),
    names,
  );
  const relations = buildRelationIndex(
    worthies.map((w) => ({
      id: w.id,
      sex: w.data.sex,
      relations: w.data.relations.map((r) => ({ ...r, to: r.to?.id })),
    })),
  );
  const sources = new Map(bibliography.map((s) => [s.id, s.data]));
  const resolveLink = linkResolver(names, import.meta.env.BASE_URL);

  const placesById = new Map(places.map((p) => [p.id, p]));
  const placeDistricts = (id: string) => placesById.get(id)?.data.districts ?? [];
  // Asked for every worthy by the facets, the timeline, search and open data: worked out once.
  const worthyDistricts = new Map<string, District[]>();
  /** A worthy belongs to the districts of their native place and of their associated places. */
  const districtsOfWorthy = (w: Worthy): District[] => {
    const known = worthyDistricts.get(w.id);
    if (known) return known;
    const ids = new Set([
      ...(w.data.native?.place ? placeDistricts(w.data.native.place.id) : []),
      ...w.data.places.flatMap((p) => placeDistricts(p.id)),
    ]);
    const districts = siteConfig.districts.filter((d) => ids.has(d.id));
    worthyDistricts.set(w.id, districts);
    return districts;
  };

  return {
    worthies,
    places,
    heritage,
    series,
    studies,
    gifts,
    events,
    sources,
    /** Every entry that has a page, section by section. */
    pageEntries,
    names,
    /** Address and name of the page a wiki link names, for rendering Markdown descriptions. */
    resolveLink,
    /** The Markdown `description` of a YAML entry as HTML, its citations and wiki links resolved. */
    descriptionOf(data: { description?: string | undefined; sources?: unknown }): string | undefined {
      return data.description ? renderMarkdown(data.description, data.sources, resolveLink) : undefined;
    },
    /** An entry's sources, numbered and looked up in the bibliography, as its source list shows them. */
    numberSources(items: readonly SourceItem[]): NumberedSource[] {
      return numberSources(items, sources);
    },
    /** The entry behind a `{ collection, id }` reference, if it is published. */
    get(ref: EntryKey) {
      return byKey.get(`${ref.collection}/${ref.id}`);
    },
    /** Relations of a worthy, written and derived. */
    relationsOf(id: string): RelationView[] {
      return relations.get(id) ?? [];
    },
    /** Published entries that mention this one, grouped in the order of the sections. */
    mentionsOf(ref: EntryKey) {
      return (mentions.get(`${ref.collection}/${ref.id}`) ?? [])
        .map((m) => byKey.get(`${m.collection}/${m.id}`))
        .filter((e): e is NonNullable<typeof e> => e !== undefined);
    },
    districtsOfWorthy,
    eraOfWorthy(w: Worthy): BrowsingEra | undefined {
      return browsingEraOf(w.data);
    },
  };
}

export type Archive = Awaited<ReturnType<typeof load>>;

let cached: { key: string; archive: Promise<Archive> } | undefined;

/**
 * The archive, loaded once per build (reloaded on every request in dev, where content changes).
 * The cache is keyed by what selects the content, since one process may run several builds.
 */
export function getArchive(): Promise<Archive> {
  if (import.meta.env.DEV) return load();
  const key = `${contentDir()}|${String(includeDrafts())}`;
  if (cached?.key !== key) cached = { key, archive: load() };
  return cached.archive;
}

function textsOf(entry: { body?: string | undefined; data: unknown }): string[] {
  const data = entry.data as { description?: unknown };
  return [entry.body ?? '', typeof data.description === 'string' ? data.description : ''];
}

/** Site path of an entry that has a page. */
export function hrefOf(entry: { collection: string; id: string }): string {
  if (!isSectionCollection(entry.collection)) return import.meta.env.BASE_URL;
  return withBase(import.meta.env.BASE_URL, entryPath(entry.collection, entry.id));
}

/** Display title of any entry. */
export function titleOf(entry: PageEntry | ArchiveEvent): string {
  const data = entry.data as { name?: string; title?: string };
  return data.name ?? data.title ?? entry.id;
}
