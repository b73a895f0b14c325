/**
 * The posters and share cards of the archive: what each says (from the entries), and the JPEGs,
 * drawn at build time by the share-images pipeline and served by the endpoints under
 * src/pages/og/ and src/pages/posters/.
 */
import type { ImageMetadata } from 'astro';
import { cacheDir, root } from 'virtual:xiangxian/share-images';
import { ShareImagePipeline, type ShareImageJob } from '../render/images/pipeline.ts';
import type { ShareModel } from '../lib/share-images/model.ts';
import { posterCaptions } from '../lib/share-images/poster.ts';
import { entryShareImages } from '../settings.ts';
import { cardPath, hasPoster, posterPath, SHARE_IMAGE_TYPE, SITE_CARD_PATH } from '../lib/share-paths.ts';
import { COLLECTION_LABELS, SECTIONS } from '../lib/sections.ts';
import { absoluteUrl, entryPath } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import { getArchive, titleOf, type Archive, type Gift, type PageEntry } from './archive.ts';
import { chineseDate, englishTitle, giftEntries } from './gift-view.ts';
import {
  giftEditionCardPath,
  giftEditionPath,
  giftEditionPosterPath,
  toTraditional,
} from './gift-editions.ts';
import { listingLabel } from './heritage-view.ts';
import { worthySubtitle } from './worthy-view.ts';

const base = import.meta.env.BASE_URL;

/** A declared image's file on disk. Astro's image metadata carries it as `fsPath` (not typed). */
function fileOf(image: { src: ImageMetadata } | undefined): string | undefined {
  const path = (image?.src as { fsPath?: unknown } | undefined)?.fsPath;
  return typeof path === 'string' ? path : undefined;
}

function describe(entry: PageEntry, archive: Archive): { model: ShareModel; picture?: string | undefined } {
  const common = {
    title: titleOf(entry),
    summary: entry.data.summary,
    seal: COLLECTION_LABELS[entry.collection] ?? '',
    siteName: siteConfig.siteName,
    url: absoluteUrl(siteConfig.siteUrl, base, entryPath(entry.collection, entry.id)),
  };
  switch (entry.collection) {
    case 'worthies':
      return {
        model: { ...common, kicker: `乡贤 · ${entry.data.connection}`, subtitle: worthySubtitle(entry) },
        picture: fileOf(entry.data.portrait),
      };
    case 'places':
      return {
        model: {
          ...common,
          kicker: `地名 · ${entry.data.kind}`,
          subtitle: entry.data.aliases.length > 0 ? `又名${entry.data.aliases.join('、')}` : undefined,
        },
        picture: fileOf(entry.data.gallery[0]),
      };
    case 'heritage':
      return {
        model: { ...common, kicker: `乡愁 · ${entry.data.kind}`, subtitle: listingLabel(entry) },
        picture: fileOf(entry.data.gallery[0]),
      };
    case 'studies': {
      const series = entry.data.series ? archive.get(entry.data.series) : undefined;
      return {
        model: {
          ...common,
          kicker: series ? `文史 · ${titleOf(series)}` : '文史',
          subtitle: entry.data.authors.join('、'),
        },
        picture: fileOf(entry.data.cover),
      };
    }
    case 'series':
      return {
        model: {
          ...common,
          kicker: '丛书',
          subtitle: [
            entry.data.editors.length > 0 ? `${entry.data.editors.join('、')} 主编` : '',
            entry.data.publisher,
          ]
            .filter(Boolean)
            .join(' · '),
        },
      };
    case 'gifts':
      return {
        model: {
          ...common,
          kicker: `城市礼册 · ${entry.data.issuer}`,
          subtitle: entry.data.subtitle,
          byline: `${entry.data.issuer} · ${chineseDate(entry.data.date)}`,
          contents: giftEntries(entry, archive).map(({ entry: item }) => titleOf(item)),
        },
        picture: fileOf(entry.data.cover),
      };
  }
}

function siteModel(): ShareModel {
  return {
    kicker: SECTIONS.filter((s) => s.path !== 'about/')
      .map((s) => s.name)
      .join(' · '),
    title: siteConfig.siteName,
    summary: siteConfig.tagline,
    seal: siteConfig.city,
    siteName: siteConfig.siteName,
    url: absoluteUrl(siteConfig.siteUrl, base, ''),
  };
}

function jobsOf(archive: Archive): ShareImageJob[] {
  const entries = archive.pageEntries;
  const jobs: ShareImageJob[] = [{ path: SITE_CARD_PATH, kind: 'card', model: siteModel() }];
  if (!entryShareImages()) return jobs;
  for (const entry of entries) {
    const { model, picture } = describe(entry, archive);
    jobs.push({ path: cardPath(entry.collection, entry.id), kind: 'card', model, picture });
    if (hasPoster(entry.collection)) {
      jobs.push({ path: posterPath(entry.collection, entry.id), kind: 'poster', model, picture });
    }
    if (entry.collection === 'gifts') {
      jobs.push(...hantGiftJobs(entry.id, model, picture));
      jobs.push(...bilingualGiftJobs(entry, archive, model, picture));
    }
  }
  return jobs;
}

/** A gift's 繁體 card and poster: the same description converted, carrying the 繁體 edition's address. */
function hantGiftJobs(id: string, model: ShareModel, picture: string | undefined): ShareImageJob[] {
  const convert = (text: string | undefined) => (text === undefined ? undefined : toTraditional(text));
  const captions = posterCaptions(model);
  const hant: ShareModel = {
    ...model,
    kicker: toTraditional(model.kicker),
    title: toTraditional(model.title),
    subtitle: convert(model.subtitle),
    summary: toTraditional(model.summary),
    seal: toTraditional(model.seal),
    siteName: toTraditional(model.siteName),
    byline: convert(model.byline),
    contents: model.contents?.map(toTraditional),
    // The poster's own words too (扫码阅读全文 → 掃碼閱讀全文), not only the gift's.
    captions: {
      scan: toTraditional(captions.scan),
      sourced: toTraditional(captions.sourced),
      holds: toTraditional(captions.holds),
    },
    url: absoluteUrl(siteConfig.siteUrl, base, giftEditionPath(id, 'hant')),
  };
  return [
    { path: giftEditionCardPath(id, 'hant'), kind: 'card', model: hant, picture },
    { path: giftEditionPosterPath(id, 'hant'), kind: 'poster', model: hant, picture },
  ];
}

/**
 * A gift's bilingual card and poster, when its file gives English texts: the English title set
 * large with the Chinese title under it, the English summary (the Chinese where there is none),
 * the entries as `English 中文`, captions in both languages, the bilingual edition's address.
 */
function bilingualGiftJobs(
  gift: Gift,
  archive: Archive,
  model: ShareModel,
  picture: string | undefined,
): ShareImageJob[] {
  const english = gift.data.english;
  if (!english) return [];
  const bilingual: ShareModel = {
    ...model,
    kicker: 'City Gift · 城市礼册',
    title: english.title,
    subtitle: [model.title, english.subtitle ?? model.subtitle].filter(Boolean).join(' · '),
    summary: english.summary ?? model.summary,
    summaryLang: english.summary ? 'en' : undefined,
    contents: giftEntries(gift, archive).map(({ entry, english: text }) =>
      [englishTitle(entry, text), titleOf(entry)].filter(Boolean).join(' '),
    ),
    captions: {
      scan: 'Scan to read · 扫码阅读',
      sourced: 'Sources given · 出处俱在',
      holds: `${gift.data.entries.length} entries · ${posterCaptions(model).holds}`,
    },
    url: absoluteUrl(siteConfig.siteUrl, base, giftEditionPath(gift.id, 'en')),
  };
  return [
    { path: giftEditionCardPath(gift.id, 'en'), kind: 'card', model: bilingual, picture },
    { path: giftEditionPosterPath(gift.id, 'en'), kind: 'poster', model: bilingual, picture },
  ];
}

let pipeline: { archive: Archive; pipeline: ShareImagePipeline } | undefined;

async function current(): Promise<ShareImagePipeline> {
  const archive = await getArchive();
  if (pipeline?.archive !== archive) {
    pipeline = { archive, pipeline: new ShareImagePipeline(jobsOf(archive), { cacheDir, root }) };
  }
  return pipeline.pipeline;
}

/**
 * For the share-image endpoints' getStaticPaths: each image's name under `kind`, with the key of
 * its drawing as the incremental build's key (an unchanged image is not even read again).
 */
export async function shareImagePaths(kind: 'og' | 'posters') {
  const prefix = `${kind}/`;
  return (await current()).images
    .filter(({ path }) => path.startsWith(prefix))
    .map(({ path, key }) => ({ name: path.slice(prefix.length, -'.jpg'.length), cacheKey: key }));
}

/** The JPEG at a path; a build draws every image the first time one is asked for. */
export async function shareImage(path: string): Promise<Response> {
  const bytes = await (await current()).bytes(path, { all: !import.meta.env.DEV });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': SHARE_IMAGE_TYPE } });
}
