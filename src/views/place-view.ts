/** What a place page shows, derived from the entry and the archive. */
import { renderMarkdown } from '../render/markdown/processor.ts';
import { sourceNumbers } from '../render/markdown/text-links-plugin.ts';
import { absoluteUrl, entryPath } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import { hrefOf, type Archive, type Place } from './archive.ts';
import { mapView } from './map-view.ts';
import type { Fact } from './view-types.ts';

const base = import.meta.env.BASE_URL;

/** The notes of a place's names over time, rendered inline (citations and wiki links resolved). */
export function nameNotes(place: Place, archive: Archive): string[] {
  const inline = (text: string) =>
    renderMarkdown(text, place.data.sources, archive.resolveLink).replace(/^<p>|<\/p>\s*$/g, '');
  return place.data.names.map((entry) => (entry.note ? inline(entry.note) : ''));
}

export function placeFacts(place: Place, archive: Archive): Fact[] {
  const { data } = place;
  const facts: Fact[] = [{ term: '类型', value: data.kind }];
  const districts = siteConfig.districts.filter((d) => data.districts.includes(d.id));
  facts.push({
    term: '今属',
    value:
      districts.length > 0
        ? districts.map((d) => {
            const page = archive.get({ collection: 'places', id: d.place });
            return { label: d.name, href: page ? hrefOf(page) : undefined };
          })
        : '地望未定或跨区县，见正文',
  });
  const within = data.within ? archive.get(data.within) : undefined;
  if (within)
    facts.push({
      term: '上级',
      value: [{ label: (within.data as { name: string }).name, href: hrefOf(within) }],
    });
  if (data.aliases.length > 0) facts.push({ term: '别称', value: data.aliases.join('、') });
  if (data.coordinates) {
    const { lat, lon } = data.coordinates;
    // Readers get a note mark into the source list; the bibliography id stays in the file.
    const cite = sourceNumbers(data.sources).get(data.coordinates.source.id);
    facts.push({ term: '坐标', value: [{ label: `北纬 ${lat}°，东经 ${lon}°`, cite }] });
  }
  return facts;
}

/** schema.org Place. */
export function placeJsonLd(place: Place) {
  const { data } = place;
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: data.name,
    alternateName: [...data.aliases, ...data.names.map((n) => n.name)],
    description: data.summary,
    url: absoluteUrl(siteConfig.siteUrl, base, entryPath('places', place.id)),
    ...(data.coordinates
      ? {
          geo: { '@type': 'GeoCoordinates', latitude: data.coordinates.lat, longitude: data.coordinates.lon },
        }
      : {}),
  };
}

/** Everything a place page shows besides the entry itself (see entryPaths in ./archive.ts). */
export function placePageView(place: Place, archive: Archive) {
  const { data } = place;
  return {
    jsonLd: placeJsonLd(place),
    description: archive.descriptionOf(data),
    facts: placeFacts(place, archive),
    map: mapView(archive),
    nameNotes: nameNotes(place, archive),
    mentions: archive.mentionsOf(place),
    sources: archive.numberSources(data.sources),
  };
}

export type PlacePageView = ReturnType<typeof placePageView>;
