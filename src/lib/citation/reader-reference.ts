/**
 * A source as a reader sees it in a page's numbered notes: who issued it first (author, publisher
 * or institution), then the title, where and when it appeared, and the page cited. A site known
 * only by its web address is not shown by that address: the reader sees that it is web-only
 * material and can follow a link labelled 「网页」. The full GB/T 7714 form stays for citing.
 */
import { isWebOnly } from '../../schemas/source-categories.ts';

export interface ReaderSource {
  title: string;
  authors?: readonly string[] | undefined;
  publisher?: string | undefined;
  container?: string | undefined;
  date?: string | undefined;
  juan?: string | undefined;
  pages?: string | undefined;
  url?: string | undefined;
  category?: string | undefined;
}

export interface ReaderReference {
  /** Author, publisher or institution; absent when only a web address is known. */
  issuer?: string | undefined;
  /** The rest: title in 《》, where, when, page; ends with 。 */
  text: string;
  url?: string | undefined;
  category?: string | undefined;
  webOnly: boolean;
}

/** A bare host name (`fx361.cc`, `2ndflr.com（旅游网）`) tells a reader nothing about who published it. */
export function isWebAddress(name: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?\s*(（[^）]*）)?$/i.test(name.trim());
}

/** A name without the web address some sites carry after it: 「求真百科（factpedia.org）」 → 「求真百科」. */
const named = (name: string | undefined) =>
  name && !isWebAddress(name) ? name.replace(/\s*（[a-z0-9-]+(\.[a-z0-9-]+)+）$/i, '') : undefined;
/** 「12-15」 reads as 第12-15页; 「卷七」 or 「第3页」 stay as written. */
const pageText = (pages: string | undefined) =>
  pages === undefined ? undefined : /[卷页章节]/.test(pages) ? pages : `第${pages}页`;
const quoted = (title: string) => (/^[《〈]/.test(title) ? title : `《${title}》`);

export function readerReference(source: ReaderSource): ReaderReference {
  const authors = source.authors && source.authors.length > 0 ? source.authors.join('、') : undefined;
  const publisher = named(source.publisher);
  const container = named(source.container);
  const issuer = authors ?? publisher ?? container;
  const where = [container, publisher].filter((n) => n && n !== issuer);
  const title = source.juan ? `${quoted(source.title)}${source.juan}` : quoted(source.title);
  const parts = [title, ...where, source.date, pageText(source.pages)];
  return {
    issuer,
    text: `${parts.filter(Boolean).join('，')}。`,
    url: source.url,
    category: source.category,
    webOnly: isWebOnly(source.category),
  };
}
