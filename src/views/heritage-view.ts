/** What a heritage page shows. */
import { absoluteUrl, entryPath } from '../lib/urls.ts';
import { LISTING_LEVELS } from '../schemas/vocabulary.ts';
import { siteConfig } from '../site.config.ts';
import type { Archive, Heritage } from './archive.ts';
import { linkedEntriesFact, type Fact } from './view-types.ts';

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
  facts.push(...linkedEntriesFact('地点', data.places, archive));
  facts.push(...linkedEntriesFact('人物', data.worthies, archive));
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
