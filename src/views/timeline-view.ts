/**
 * The 大事年表 as pages see it: every dated worthy, event and study as one kind of row, with the
 * districts and categories its facet pages filter on. Ordering and banding live in src/lib/timeline.ts.
 */
import { numberSources, type NumberedSource } from '../lib/citation/source-list.ts';
import { dynastyOfYear, parseHistoricalDate } from '../lib/dates/index.ts';
import { describeRecordedDate, type RecordedDate } from '../lib/date-display.ts';
import { formatSpan } from '../lib/dates/format-date.ts';
import {
  positionLabels,
  positionOfDate,
  positionOfLife,
  spanOfYears,
  yearsOf,
  type TimelineItem,
} from '../lib/timeline.ts';
import { findWikiLinks } from '../lib/text-links.ts';
import { CATEGORIES } from '../schemas/vocabulary.ts';
import { siteConfig } from '../site.config.ts';
import {
  hrefOf,
  titleOf,
  type Archive,
  type ArchiveEvent,
  type Place,
  type Study,
  type Worthy,
} from './archive.ts';
import type { FacetValue } from './facet-links.ts';

export interface TimelineLink {
  label: string;
  href?: string | undefined;
}

/** One row of the timeline. */
export interface TimelineRow extends TimelineItem {
  /** Anchor on the timeline page, e.g. `event-song-ren-qian-su`. */
  anchor: string;
  kindLabel: string;
  title: string;
  /** The entry's page; events have none. */
  href?: string | undefined;
  /** Axis labels: start '前684', '约前1046'; end of a span '前771'. */
  yearLabel: { start: string; end?: string | undefined };
  /** Main-line dynasty of the start year (dates library), for the axis. */
  dynasty?: string | undefined;
  /** Dates in words, reign-era and Western forms side by side: [['生', '乾隆八年（1743）'], …]. */
  dates: { term: string; text: string }[];
  summary?: string | undefined;
  places: TimelineLink[];
  people: TimelineLink[];
  /** A study's topics. */
  topics: TimelineLink[];
  /** An event's description (HTML) with citations pointing into `sources`. */
  details?: string | undefined;
  sources: NumberedSource[];
  /** District ids (site config) and category slugs, for the facet pages. */
  districts: string[];
  categories: string[];
}

const KIND_LABELS = { event: '大事', worthy: '乡贤', study: '文史' } as const;

function linkTo(entry: Parameters<typeof hrefOf>[0] & Parameters<typeof titleOf>[0]): TimelineLink {
  return { label: titleOf(entry), href: hrefOf(entry) };
}

function dateText(date: RecordedDate): string {
  return `${describeRecordedDate(date)}${date.note ? `。${date.note}` : ''}`;
}

function categorySlugs(values: readonly string[]): string[] {
  return CATEGORIES.filter((c) => values.includes(c.value)).map((c) => c.slug);
}

/** Districts in site-config order, as ids. */
function districtIds(ids: Iterable<string>): string[] {
  const set = new Set(ids);
  return siteConfig.districts.filter((d) => set.has(d.id)).map((d) => d.id);
}

/** Published entries by id, through the archive's index (the collections can be long). */
function placeOf(archive: Archive, id: string): Place | undefined {
  const entry = archive.get({ collection: 'places', id });
  return entry?.collection === 'places' ? entry : undefined;
}

function worthyOf(archive: Archive, id: string): Worthy | undefined {
  const entry = archive.get({ collection: 'worthies', id });
  return entry?.collection === 'worthies' ? entry : undefined;
}

function placeDistricts(archive: Archive, ids: readonly string[]): string[] {
  return districtIds(ids.flatMap((id) => placeOf(archive, id)?.data.districts ?? []));
}

function worthyRow(worthy: Worthy, archive: Archive): TimelineRow | undefined {
  const { data } = worthy;
  const dynasty = data.dynasty ? parseHistoricalDate(data.dynasty) : undefined;
  const position = positionOfLife(data.born, data.died, dynasty?.ok ? dynasty.date : undefined);
  if (!position) return undefined;
  const dates: TimelineRow['dates'] = [];
  if (data.born) dates.push({ term: '生', text: dateText(data.born) });
  if (data.died) dates.push({ term: '卒', text: dateText(data.died) });
  if (!data.born && !data.died) {
    dates.push({ term: '时代', text: `${data.period ?? data.dynasty ?? ''}，生卒年不详` });
  }
  return {
    kind: 'worthy',
    key: `worthies/${worthy.id}`,
    anchor: `worthy-${worthy.id}`,
    kindLabel: KIND_LABELS.worthy,
    title: data.name,
    href: hrefOf(worthy),
    position,
    yearLabel: positionLabels(position),
    dynasty: data.dynasty ?? dynastyOfYear(position.from),
    dates,
    summary: data.summary,
    places: [],
    people: [],
    topics: [],
    sources: [],
    districts: archive.districtsOfWorthy(worthy).map((d) => d.id),
    categories: categorySlugs(data.categories),
  };
}

function eventRow(event: ArchiveEvent, archive: Archive): TimelineRow {
  const { data } = event;
  const anchor = `event-${event.id}`;
  const position = positionOfDate(data.date);
  const places = data.places.map((ref) => archive.get(ref)).filter((p) => p !== undefined);
  const people = data.worthies.map((ref) => worthyOf(archive, ref.id)).filter((w) => w !== undefined);
  const sources = numberSources(data.sources, archive.sources);
  // Citations point into this event's own source list; several events share the page.
  const details = archive.descriptionOf(data)?.replaceAll('href="#source-', `href="#${anchor}-source-`);
  const districts =
    places.length > 0
      ? placeDistricts(
          archive,
          places.map((p) => p.id),
        )
      : districtIds(people.flatMap((w) => archive.districtsOfWorthy(w).map((d) => d.id)));
  return {
    kind: 'event',
    key: `events/${event.id}`,
    anchor,
    kindLabel: KIND_LABELS.event,
    title: data.title,
    position,
    yearLabel: positionLabels(position),
    dynasty: dynastyOfYear(position.from),
    dates: [{ term: '时间', text: dateText(data.date) }],
    places: places.map(linkTo),
    people: people.map(linkTo),
    topics: [],
    details,
    sources,
    districts,
    categories: categorySlugs(people.flatMap((w) => w.data.categories)),
  };
}

/** The worthies and places a study is about: its `about` list plus the entries its text links to. */
function topicsOf(study: Study, archive: Archive) {
  const keys = new Set<string>();
  const topics: { collection: 'worthies' | 'places' | 'heritage'; id: string }[] = [];
  const add = (collection: string, id: string) => {
    if (collection !== 'worthies' && collection !== 'places' && collection !== 'heritage') return;
    if (keys.has(`${collection}/${id}`) || !archive.get({ collection, id })) return;
    keys.add(`${collection}/${id}`);
    topics.push({ collection, id });
  };
  const { about } = study.data;
  for (const ref of [...about.worthies, ...about.places, ...about.heritage]) add(ref.collection, ref.id);
  for (const link of findWikiLinks(study.body ?? '')) {
    const found = archive.names.resolve(link.target);
    if (found.ok) add(found.entry.collection, found.entry.id);
  }
  return topics;
}

/**
 * A study sits at the span of the events that point to it (an event's text links to the study)
 * and of its topics' own dates: the lives of the people it is about and the dates in the name
 * histories of its places. A study with neither is dated by the events that name its topics; one
 * with nothing dated is left off the timeline.
 */
function studyRow(study: Study, archive: Archive): TimelineRow | undefined {
  const topics = topicsOf(study, archive);
  const own: number[] = [];
  const topicKeys = new Set(topics.map((t) => `${t.collection}/${t.id}`));
  for (const topic of topics) {
    if (topic.collection === 'worthies') {
      const worthy = worthyOf(archive, topic.id);
      const dynasty = worthy?.data.dynasty ? parseHistoricalDate(worthy.data.dynasty) : undefined;
      const life = worthy
        ? positionOfLife(worthy.data.born, worthy.data.died, dynasty?.ok ? dynasty.date : undefined)
        : undefined;
      if (life) own.push(life.from, life.to);
    } else if (topic.collection === 'places') {
      const place = placeOf(archive, topic.id);
      for (const name of place?.data.names ?? []) {
        for (const date of [name.from, name.to]) {
          if (date) own.push(yearsOf(date).from, yearsOf(date).to);
        }
      }
    }
  }
  for (const event of archive.mentionsOf(study)) {
    if (event.collection === 'events') own.push(yearsOf(event.data.date).from, yearsOf(event.data.date).to);
  }
  const byEvents = archive.events
    .filter((e) =>
      [...e.data.places, ...e.data.worthies].some((ref) => topicKeys.has(`${ref.collection}/${ref.id}`)),
    )
    .flatMap((e) => [yearsOf(e.data.date).from, yearsOf(e.data.date).to]);
  const span = spanOfYears(own.length > 0 ? own : byEvents);
  if (!span) return undefined;
  const position = { ...span, approximate: true };
  const people = topics.flatMap((t) => (t.collection === 'worthies' ? (worthyOf(archive, t.id) ?? []) : []));
  const places = topics.filter((t) => t.collection === 'places').map((t) => t.id);
  return {
    kind: 'study',
    key: `studies/${study.id}`,
    anchor: `study-${study.id}`,
    kindLabel: KIND_LABELS.study,
    title: `《${study.data.title}》`,
    href: hrefOf(study),
    position,
    yearLabel: positionLabels({ ...position, approximate: false }),
    dynasty: dynastyOfYear(position.from),
    dates: [{ term: '所论年代', text: `${formatSpan(span.from, span.to)}年` }],
    summary: study.data.subtitle,
    places: [],
    people: [],
    topics: topics.map((t) => {
      const entry = archive.get(t);
      return entry ? linkTo(entry) : { label: t.id };
    }),
    sources: [],
    districts: districtIds([
      ...placeDistricts(archive, places),
      ...people.flatMap((w) => archive.districtsOfWorthy(w).map((d) => d.id)),
    ]),
    categories: categorySlugs(people.flatMap((w) => w.data.categories)),
  };
}

const rowsByArchive = new WeakMap<Archive, TimelineRow[]>();

/** Every dated row of the archive, unsorted; worked out once per archive. */
export function timelineRows(archive: Archive): TimelineRow[] {
  const cached = rowsByArchive.get(archive);
  if (cached) return cached;
  const rows = [
    ...archive.events.map((e) => eventRow(e, archive)),
    ...archive.worthies.map((w) => worthyRow(w, archive)),
    ...archive.studies.map((s) => studyRow(s, archive)),
  ].filter((row) => row !== undefined);
  rowsByArchive.set(archive, rows);
  return rows;
}

export const TIMELINE_DIMENSIONS = [
  { key: 'district', label: '区县' },
  { key: 'category', label: '类别' },
] as const;
export type TimelineDimension = (typeof TIMELINE_DIMENSIONS)[number]['key'];

export type TimelineFacet = FacetValue<TimelineDimension, TimelineRow>;

/** Facet values in a fixed order (site config districts, the category vocabulary), with their rows. */
export function timelineFacets(rows: readonly TimelineRow[]): Record<TimelineDimension, TimelineFacet[]> {
  return {
    district: siteConfig.districts.map((d) => ({
      dimension: 'district',
      slug: d.id,
      label: d.name,
      members: rows.filter((r) => r.districts.includes(d.id)),
    })),
    category: CATEGORIES.map((c) => ({
      dimension: 'category',
      slug: c.slug,
      label: c.value,
      members: rows.filter((r) => r.categories.includes(c.slug)),
    })),
  };
}

/** This year, for the open end of the last era and of the present regime. */
export function currentYear(): number {
  return new Date().getFullYear();
}
