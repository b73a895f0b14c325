/**
 * The editions of a city gift in other scripts and languages: each has its own address under the
 * gift's (/gifts/<id>/zh-hant/, /gifts/<id>/en/), its own printed editions, share card and poster.
 * The 繁體 edition is converted at build time from the same MDX and entries; the bilingual edition
 * (Chinese with English) exists for gifts whose file gives English texts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, entryShareImages } from '../settings.ts';
import { HANT_LANG, HANT_PHRASES_FILE, hantConverter, parseHantPhrases } from '../lib/hant.ts';
import { cardPath, posterPath, SHARE_IMAGE_EXTENSION, SITE_CARD_PATH } from '../lib/share-paths.ts';
import { entryPath, withBase } from '../lib/urls.ts';

export type GiftScript = 'hans' | 'hant' | 'en';

export interface GiftScriptEdition {
  script: GiftScript;
  /** The `lang` of its pages and images, and its hreflang. */
  lang: string;
  /** How a reader knows it, in its own script or language: 简体版, 繁體版, 中英对照 English. */
  label: string;
  /** Below the gift's address: '', 'zh-hant/' or 'en/'. */
  folder: string;
}

export const GIFT_SCRIPTS: Record<GiftScript, GiftScriptEdition> = {
  hans: { script: 'hans', lang: 'zh-CN', label: '简体版', folder: '' },
  hant: { script: 'hant', lang: HANT_LANG, label: '繁體版', folder: 'zh-hant/' },
  en: { script: 'en', lang: 'en', label: 'English', folder: 'en/' },
};

/** `lang` of the Chinese text on a bilingual page (its English parts carry lang="en"). */
export const BILINGUAL_CHINESE_LANG = 'zh-Hans';

/** The editions a gift has: simplified and 繁體 always, the bilingual one when it has English texts. */
export function giftEditionsOf(gift: { data: { english?: unknown } }): GiftScriptEdition[] {
  return Object.values(GIFT_SCRIPTS).filter((edition) => edition.script !== 'en' || gift.data.english);
}

/** Path of a gift's edition inside the site: 'gifts/<id>/zh-hant/'. */
export function giftEditionPath(id: string, script: GiftScript): string {
  return `${entryPath('gifts', id)}${GIFT_SCRIPTS[script].folder}`;
}

/** The same, under the site's base path. */
export function giftEditionHref(id: string, script: GiftScript): string {
  return withBase(import.meta.env.BASE_URL, giftEditionPath(id, script));
}

let converter: ((text: string) => string) | undefined;

/** Simplified → traditional with the archive's phrase table (read once per build). */
export function toTraditional(text: string): string {
  if (!converter) {
    const file = join(contentDir(), HANT_PHRASES_FILE);
    converter = hantConverter(existsSync(file) ? parseHantPhrases(readFileSync(file, 'utf8')).phrases : []);
  }
  return converter(text);
}

/**
 * A whole rendered page in traditional characters: text, alt texts and titles converted, the
 * document's language set to zh-Hant. Markup, addresses and class names are ASCII and stay as
 * they are. A page rendered as a component's content gets its styles ahead of `<html>`: they are
 * put back inside `<head>`.
 */
export function pageToTraditional(html: string): string {
  const document = /^(<!doctype html>)?([\s\S]*?)(<html[^>]*>\s*<head>)/i.exec(html);
  const ordered = document
    ? `${document[1] ?? ''}${document[3]}${document[2]}${html.slice(document[0].length)}`
    : html;
  // Text of elements marked data-script-fixed stays as written (the name 简体版 on a 繁體 page).
  const converted = ordered
    .split(/(<[a-z]+ [^>]*\bdata-script-fixed\b[^>]*>[^<]*)/)
    .map((part, index) => (index % 2 === 1 ? part : toTraditional(part)))
    .join('');
  return converted
    .replace(/<html lang="[^"]*"/, `<html lang="${HANT_LANG}"`)
    .replace(/<meta property="og:locale" content="zh_CN"/, '<meta property="og:locale" content="zh_TW"');
}

/**
 * Hashes of a page's inline styles, for its Content-Security-Policy. Astro lists each inline style
 * by the hash of its text before the conversion; a style whose text the conversion changed (a
 * print edition's running head) must be listed again, or the browser refuses it.
 */
export function inlineStyleHashes(html: string): `sha256-${string}`[] {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => {
    const digest = createHash('sha256')
      .update(css ?? '')
      .digest('base64');
    return `sha256-${digest}` as const;
  });
}

/** The share card of an edition, relative to the site root: 'og/gifts/<id>/zh-hant.jpg'. */
export function giftEditionCardPath(id: string, script: GiftScript): string {
  return script === 'hans'
    ? cardPath('gifts', id)
    : `og/gifts/${id}/${GIFT_SCRIPTS[script].folder.replace(/\/$/, '')}.${SHARE_IMAGE_EXTENSION}`;
}

/** The poster of an edition: 'posters/gifts/<id>/zh-hant.jpg'. */
export function giftEditionPosterPath(id: string, script: GiftScript): string {
  return script === 'hans'
    ? posterPath('gifts', id)
    : `posters/gifts/${id}/${GIFT_SCRIPTS[script].folder.replace(/\/$/, '')}.${SHARE_IMAGE_EXTENSION}`;
}

/** The card a page of the edition shows when shared (the site's when entry images are left out). */
export function giftEditionCard(id: string, script: GiftScript): string {
  return entryShareImages() ? giftEditionCardPath(id, script) : SITE_CARD_PATH;
}

/** The poster's address under the base path, when entry images are drawn. */
export function giftEditionPoster(id: string, script: GiftScript): string | undefined {
  return entryShareImages()
    ? withBase(import.meta.env.BASE_URL, giftEditionPosterPath(id, script))
    : undefined;
}
