/** What a heritage page shows. */
import { absoluteUrl, entryPath } from '../lib/urls.ts';
import { LISTING_LEVELS } from '../schemas/vocabulary.ts';
import { siteConfig } from '../site.config.ts';
import { hrefOf, type Archive, type Heritage } from './archive.ts';
import type { Fact } from './view-types.ts';

/** Highest listing, for cards: "国家级非遗（2021）". */
export function listingLabel(item: Heritage): string | undefined {
  const [top] = [...item.data.listings].sort(
    (a, b) => LISTING_LEVELS.indexOf(a.level) - LISTING_LEVELS.indexOf(b.level),
  );
  if (!top) return undefined;
  return `${top.level}非遗${top.year ? `（${top.year}）` : ''}`;
}

export function heritageFacts(item: Heritage, archive: Archive): Fact[] {
  const { data } = item;
  const facts: Fact[] = [{ term: '类型', value: data.kind }];
  if (data.aliases.length > 0) facts.push({ term: '别称', value: data.aliases.join('、') });
  const places = data.places.map((ref) => archive.get(ref)).filter((p) => p !== undefined);
  if (places.length > 0) {
    facts.push({
      term: '地点',
      value: places.map((p) => ({ label: (p.data as { name: string }).name, href: hrefOf(p) })),
    });
  }
  const people = data.worthies.map((ref) => archive.get(ref)).filter((p) => p !== undefined);
  if (people.length > 0) {
    facts.push({
      term: '人物',
      value: people.map((p) => ({ label: (p.data as { name: string }).name, href: hrefOf(p) })),
    });
  }
  return facts;
}

/** schema.org: an intangible heritage item is best described as a CreativeWork about a place. */
export function heritageJsonLd(item: Heritage) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: item.data.name,
    alternateName: item.data.aliases,
    description: item.data.summary,
    genre: item.data.kind,
    url: absoluteUrl(siteConfig.siteUrl, import.meta.env.BASE_URL, entryPath('heritage', item.id)),
  };
}

/** Everything a heritage page shows besides the entry itself (see entryPaths in ./archive.ts). */
export function heritagePageView(item: Heritage, archive: Archive) {
  return {
    jsonLd: heritageJsonLd(item),
    facts: heritageFacts(item, archive),
    mentions: archive.mentionsOf(item),
    sources: archive.numberSources(item.data.sources),
  };
}

export type HeritagePageView = ReturnType<typeof heritagePageView>;
