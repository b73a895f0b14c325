/** What a worthy's page shows, derived from the entry and the archive. */
import { linkedEntriesFact, type Fact } from './view-types.ts';
import { describeRecordedDate, isoDate, lifespan, type RecordedDate } from '../lib/date-display.ts';
import { CATEGORIES } from '../schemas/vocabulary.ts';
import { absoluteUrl, entryPath, facetPath, withBase } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import { hrefOf, type Archive, type Worthy } from './archive.ts';
import { relationNeighbourhood, relationRows } from './relations-view.ts';

const base = import.meta.env.BASE_URL;

/** "字子才 · 号简斋 · 1716—1798". */
export function worthySubtitle(worthy: Worthy): string {
  const names = worthy.data.aliases.filter((a) => a.type !== '名').map((a) => `${a.type}${a.name}`);
  const span = lifespan(worthy.data.born, worthy.data.died);
  return [...names, span].filter(Boolean).join(' · ');
}

export function worthyFacts(worthy: Worthy, archive: Archive): Fact[] {
  const { data } = worthy;
  const facts: Fact[] = [];
  if (data.aliases.length > 0) {
    facts.push({
      term: '名号',
      value: data.aliases.map((a) => ({
        label: `${a.type}：${a.name}`,
        after: a.note ? `（${a.note}）` : undefined,
      })),
    });
  }
  facts.push({ term: '生年', value: data.born ? dateWithNote(data.born) : '不详' });
  facts.push({ term: '卒年', value: data.died ? dateWithNote(data.died) : data.living ? '在世' : '不详' });
  const era = archive.eraOfWorthy(worthy);
  facts.push({
    term: '时代',
    value: [
      {
        label: data.period ?? data.dynasty ?? era?.name ?? '不详',
        href: era ? withBase(base, facetPath('worthies', 'era', era.slug)) : undefined,
      },
    ],
  });
  if (data.native) {
    const place = data.native.place ? archive.get(data.native.place) : undefined;
    const today = data.native.today ? `（${data.native.today}）` : '';
    facts.push({
      term: '籍贯',
      value: [
        {
          label: data.native.as,
          href: place ? hrefOf(place) : undefined,
          after: `${today}${data.native.note ? `；${data.native.note}` : ''}`,
        },
      ],
    });
  }
  facts.push({ term: '与本地', value: data.connection });
  facts.push({
    term: '类别',
    value: data.categories.map((c) => ({
      label: c,
      href: withBase(
        base,
        facetPath('worthies', 'category', CATEGORIES.find((x) => x.value === c)?.slug ?? c),
      ),
    })),
  });
  const districts = archive.districtsOfWorthy(worthy);
  if (districts.length > 0) {
    facts.push({
      term: '区县',
      value: districts.map((d) => ({
        label: d.name,
        href: withBase(base, facetPath('worthies', 'district', d.id)),
      })),
    });
  }
  facts.push(...linkedEntriesFact('相关地点', data.places, archive));
  return facts;
}

function dateWithNote(date: RecordedDate): string {
  return `${describeRecordedDate(date)}${date.note ? `。${date.note}` : ''}`;
}

/** schema.org Person. */
export function worthyJsonLd(worthy: Worthy, archive: Archive) {
  const { data } = worthy;
  const native = data.native?.place ? archive.get(data.native.place) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: data.name,
    alternateName: data.aliases.map((a) => a.name),
    description: data.summary,
    url: absoluteUrl(siteConfig.siteUrl, base, entryPath('worthies', worthy.id)),
    ...(data.born ? { birthDate: isoDate(data.born) } : {}),
    ...(data.died ? { deathDate: isoDate(data.died) } : {}),
    ...(data.native
      ? {
          birthPlace: {
            '@type': 'Place',
            name: native ? (native.data as { name: string }).name : data.native.as,
          },
        }
      : {}),
    gender: data.sex === '男' ? 'Male' : data.sex === '女' ? 'Female' : undefined,
  };
}

/** Everything a worthy's page shows besides the entry itself (see entryPaths in ./archive.ts). */
export function worthyPageView(worthy: Worthy, archive: Archive) {
  const mentions = archive.mentionsOf(worthy);
  return {
    jsonLd: worthyJsonLd(worthy, archive),
    facts: worthyFacts(worthy, archive),
    relations: relationRows(archive, worthy),
    neighbourhood: relationNeighbourhood(archive, worthy),
    studies: mentions.filter((e) => e.collection === 'studies'),
    others: mentions.filter((e) => e.collection !== 'studies'),
    sources: archive.numberSources(worthy.data.sources),
  };
}

export type WorthyPageView = ReturnType<typeof worthyPageView>;
