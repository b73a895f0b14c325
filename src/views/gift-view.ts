/**
 * A city gift as a book: cover, foreword, contents, one section per entry with its key facts and
 * a QR code to its page, the union of the entries' sources and a colophon (版权页). The web page
 * and the printed editions render the same view.
 */
import { formatGregorian } from '../lib/dates/format-date.ts';
import { formatHistoricalDate } from '../lib/dates/index.ts';
import { unionSources, type NumberedSource, type SourceItem } from '../lib/citation/source-list.ts';
import { pinyinName } from '../lib/pinyin.ts';
import { qrSvg } from '../lib/qr.ts';
import { giftEditionPath, giftEditionPoster, type GiftScript } from './gift-editions.ts';
import { COLLECTION_LABELS } from '../lib/sections.ts';
import { absoluteUrl, entryPath, type SectionCollection } from '../lib/urls.ts';
import { GIFT_ENTRY_KEYS } from '../schemas/gift.ts';
import { siteConfig } from '../site.config.ts';
import { hrefOf, titleOf, type Archive, type Gift, type PageEntry } from './archive.ts';
import { heritageFacts, listingLabel } from './heritage-view.ts';
import { placeFacts } from './place-view.ts';
import type { Fact } from './view-types.ts';
import { worthyFacts, worthySubtitle } from './worthy-view.ts';

/** "2026年11月28日" from 2026-11-28. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return formatGregorian({ year: year ?? 0, ...(month ? { month } : {}), ...(day ? { day } : {}) });
}

/** An entry's English title and note as the gift's file gives them. */
export interface SectionEnglish {
  title?: string | undefined;
  note?: string | undefined;
}

/** The entries of a city gift, resolved in their curated order. */
export function giftEntries(
  gift: Gift,
  archive: Archive,
): { entry: PageEntry; note?: string | undefined; english?: SectionEnglish | undefined }[] {
  return gift.data.entries.flatMap((item) => {
    const key = (Object.keys(GIFT_ENTRY_KEYS) as (keyof typeof GIFT_ENTRY_KEYS)[]).find((k) => k in item);
    const ref = key ? (item as Record<string, unknown>)[key] : undefined;
    const entry = ref ? archive.get(ref as { collection: string; id: string }) : undefined;
    return entry && entry.collection !== 'events'
      ? [{ entry: entry, note: item.note, english: item.english }]
      : [];
  });
}

/**
 * An entry's English title in the bilingual edition: the gift's own, else a person's name in Hanyu
 * Pinyin; other entries without one keep only their Chinese title.
 */
export function englishTitle(entry: PageEntry, english: SectionEnglish | undefined): string | undefined {
  return english?.title ?? (entry.collection === 'worthies' ? pinyinName(titleOf(entry)) : undefined);
}

/** The English texts of a bilingual edition, the foreword in paragraphs. */
export interface BookEnglish {
  title: string;
  subtitle?: string | undefined;
  summary?: string | undefined;
  foreword: string[];
}

/** An image as entries declare it (portrait, gallery, cover). */
export interface Picture {
  src: import('astro').ImageMetadata;
  alt: string;
  caption?: string | undefined;
  credit: string;
  license: string;
}

export interface GiftSection {
  number: number;
  /** Fragment id of the section on the web page. */
  anchor: string;
  collection: SectionCollection;
  /** 乡贤 · 本籍, 地名 · 河道, 乡愁 · 曲艺, 文史 · 丛书名. */
  kicker: string;
  title: string;
  subtitle?: string | undefined;
  /** The gift's own note on the entry (编者按). */
  note?: string | undefined;
  /** In the bilingual edition: the entry's English title and note, where there are any. */
  english?: SectionEnglish | undefined;
  summary: string;
  facts: Fact[];
  picture?: Picture | undefined;
  href: string;
  /** Permanent address of the entry's page, printed under the QR code. */
  url: string;
  /** The QR code of `url`, an inline SVG. */
  qr: string;
}

export interface GiftBook {
  id: string;
  title: string;
  subtitle?: string | undefined;
  issuer: string;
  compiler?: string | undefined;
  /** YYYY-MM-DD, and as written in Chinese. */
  date: string;
  dateText: string;
  summary: string;
  cover?: Picture | undefined;
  sections: GiftSection[];
  sources: NumberedSource[];
  /** Permanent address of the gift's page. */
  url: string;
  /** Site path of the poster. */
  poster?: string | undefined;
  /** The English texts, in the bilingual edition only. */
  english?: BookEnglish | undefined;
}

const FACT_TERMS: Partial<Record<SectionCollection, string[]>> = {
  worthies: ['名号', '生年', '卒年', '时代', '籍贯', '类别'],
  places: ['类型', '今属', '上级'],
  heritage: ['类型', '别称', '地点', '人物'],
};

/** Citation markers ([@S1]) have no place in a fact line: the sources are listed at the back. */
const withoutCitations = (text: string) => text.replace(/\s*\[@[^\]]+\]/g, '').trim();

function sectionOf(
  entry: PageEntry,
  note: string | undefined,
  number: number,
  archive: Archive,
  english?: SectionEnglish,
): GiftSection {
  const base = import.meta.env.BASE_URL;
  const url = absoluteUrl(siteConfig.siteUrl, base, entryPath(entry.collection, entry.id));
  const keep = (facts: Fact[]) => facts.filter((f) => FACT_TERMS[entry.collection]?.includes(f.term) ?? true);
  const common = {
    number,
    anchor: `entry-${number}`,
    collection: entry.collection,
    title: titleOf(entry),
    note,
    english,
    summary: entry.data.summary,
    href: hrefOf(entry),
    url,
    qr: qrSvg(url),
  };
  switch (entry.collection) {
    case 'worthies':
      return {
        ...common,
        kicker: `乡贤 · ${entry.data.connection}`,
        subtitle: worthySubtitle(entry),
        facts: keep(worthyFacts(entry, archive)),
        picture: entry.data.portrait,
      };
    case 'places': {
      const names = entry.data.names.map(
        (n) => `${n.name}${n.from ? `（${formatHistoricalDate(n.from)}起）` : ''}`,
      );
      const facts = keep(placeFacts(entry, archive));
      if (names.length > 0) facts.push({ term: '历代名称', value: withoutCitations(names.join('；')) });
      return {
        ...common,
        kicker: `地名 · ${entry.data.kind}`,
        subtitle: entry.data.aliases.length > 0 ? `又名${entry.data.aliases.join('、')}` : undefined,
        facts,
        picture: entry.data.gallery[0],
      };
    }
    case 'heritage': {
      const facts = keep(heritageFacts(entry, archive));
      if (entry.data.listings.length > 0) {
        facts.splice(1, 0, {
          term: '非遗名录',
          value: entry.data.listings
            .map(
              (l) =>
                `${l.level}${[l.year, l.batch].filter(Boolean).length ? `（${[l.year, l.batch].filter(Boolean).join('，')}）` : ''}`,
            )
            .join('；'),
        });
      }
      return {
        ...common,
        kicker: `乡愁 · ${entry.data.kind}`,
        subtitle: listingLabel(entry),
        facts,
        picture: entry.data.gallery[0],
      };
    }
    case 'studies': {
      const series = entry.data.series ? archive.get(entry.data.series) : undefined;
      const facts: Fact[] = [
        { term: '作者', value: entry.data.authors.join('、') },
        { term: '发表', value: chineseDate(entry.data.date) },
      ];
      if (series) {
        facts.push({
          term: '所属',
          value: [
            {
              label: `${titleOf(series)}${entry.data.volume ? ` 第${entry.data.volume}册` : ''}`,
              href: hrefOf(series),
            },
          ],
        });
      }
      return {
        ...common,
        kicker: series ? `文史 · ${titleOf(series)}` : '文史',
        subtitle: entry.data.subtitle,
        facts,
        picture: entry.data.cover,
      };
    }
    case 'series':
      return {
        ...common,
        kicker: '丛书',
        subtitle: entry.data.subtitle,
        facts: [
          { term: '出版', value: entry.data.publisher },
          { term: '分册', value: entry.data.volumes.map((v) => `第${v.number}册《${v.title}》`).join('、') },
        ],
      };
    case 'gifts':
      return { ...common, kicker: COLLECTION_LABELS['gifts'] ?? '礼册', facts: [] };
  }
}

/**
 * The book of a gift in one edition: a 繁體 edition's own address and poster (its text converted
 * on the page); the bilingual edition's also carries the English texts.
 */
export function giftBook(gift: Gift, archive: Archive, script: GiftScript = 'hans'): GiftBook {
  const base = import.meta.env.BASE_URL;
  const entries = giftEntries(gift, archive);
  const { data } = gift;
  const bilingual = script === 'en';
  return {
    id: gift.id,
    title: data.title,
    subtitle: data.subtitle,
    issuer: data.issuer,
    compiler: data.compiler,
    date: data.date,
    dateText: chineseDate(data.date),
    summary: data.summary,
    cover: data.cover,
    sections: entries.map(({ entry, note, english }, index) =>
      sectionOf(
        entry,
        note,
        index + 1,
        archive,
        bilingual ? { title: englishTitle(entry, english), note: english?.note } : undefined,
      ),
    ),
    sources: unionSources(
      entries.map(({ entry }) => (entry.data as { sources?: SourceItem[] }).sources ?? []),
      archive.sources,
    ),
    url: absoluteUrl(siteConfig.siteUrl, base, giftEditionPath(gift.id, script)),
    poster: giftEditionPoster(gift.id, script),
    english:
      bilingual && data.english
        ? {
            title: data.english.title,
            subtitle: data.english.subtitle,
            summary: data.english.summary,
            foreword: (data.english.foreword ?? '')
              .split(/\n\s*\n/)
              .map((p) => p.trim())
              .filter(Boolean),
          }
        : undefined,
  };
}
