/** Series and studies: reading order, neighbours, structured data. */
import { absoluteUrl, entryPath } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import type { Archive, Series, Study } from './archive.ts';

/** Studies of a series in reading order (volume, then order). */
export function studiesOfSeries(archive: Archive, series: Series): Study[] {
  return archive.studies.filter((s) => s.data.series?.id === series.id);
}

/** The studies before and after this one within its series. */
export function neighbours(
  archive: Archive,
  study: Study,
): { previous?: Study | undefined; next?: Study | undefined } {
  if (!study.data.series) return {};
  const series = archive.series.find((s) => s.id === study.data.series?.id);
  if (!series) return {};
  const list = studiesOfSeries(archive, series);
  const index = list.findIndex((s) => s.id === study.id);
  return { previous: list[index - 1], next: list[index + 1] };
}

const url = (path: string) => absoluteUrl(siteConfig.siteUrl, import.meta.env.BASE_URL, path);

/** schema.org Article, part of the series when it has one. */
export function studyJsonLd(study: Study, series: Series | undefined) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: study.data.title,
    ...(study.data.subtitle ? { alternativeHeadline: study.data.subtitle } : {}),
    author: study.data.authors.map((name) => ({ '@type': 'Person', name })),
    datePublished: study.data.date,
    description: study.data.summary,
    inLanguage: 'zh-CN',
    url: url(entryPath('studies', study.id)),
    ...(series
      ? {
          isPartOf: {
            '@type': 'CreativeWorkSeries',
            name: series.data.title,
            url: url(entryPath('series', series.id)),
          },
        }
      : {}),
  };
}

/** schema.org Book series with its volumes. */
export function seriesJsonLd(series: Series) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWorkSeries',
    name: series.data.title,
    description: series.data.summary,
    publisher: { '@type': 'Organization', name: series.data.publisher },
    url: url(entryPath('series', series.id)),
    hasPart: series.data.volumes.map((v) => ({
      '@type': 'Book',
      name: v.title,
      position: v.number,
      ...(v.isbn ? { isbn: v.isbn } : {}),
    })),
  };
}

/** Everything a study's page shows besides the entry itself (see entryPaths in ./archive.ts). */
export function studyPageView(study: Study, archive: Archive) {
  const { data } = study;
  const series = data.series ? archive.series.find((s) => s.id === data.series?.id) : undefined;
  return {
    jsonLd: studyJsonLd(study, series),
    series,
    volume: series?.data.volumes.find((v) => v.number === data.volume),
    ...neighbours(archive, study),
    about: [...data.about.worthies, ...data.about.places, ...data.about.heritage]
      .map((ref) => archive.get(ref))
      .filter((e) => e !== undefined),
    mentions: archive.mentionsOf(study),
    sources: archive.numberSources(data.sources),
  };
}

export type StudyPageView = ReturnType<typeof studyPageView>;

/** Everything a series page shows besides the entry itself (see entryPaths in ./archive.ts). */
export function seriesPageView(series: Series, archive: Archive) {
  const { data } = series;
  return {
    jsonLd: seriesJsonLd(series),
    description: archive.descriptionOf(data),
    studies: studiesOfSeries(archive, series),
    sources: data.sources ? archive.numberSources(data.sources) : [],
  };
}

export type SeriesPageView = ReturnType<typeof seriesPageView>;
