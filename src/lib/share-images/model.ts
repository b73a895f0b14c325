/** What a poster or share card says, independent of how it is drawn. */
export interface ShareModel {
  /** Small line above the title: the section and the kind, e.g. 乡贤 · 本籍. */
  kicker: string;
  title: string;
  /** Names, dates or a subtitle under the title. */
  subtitle?: string | undefined;
  summary: string;
  /** The seal's characters: the section's name (乡贤, 礼册) or the city's. */
  seal: string;
  siteName: string;
  /** The page the image stands for; posters carry it as a QR code. */
  url: string;
  /** Issuer and date of a gift. */
  byline?: string | undefined;
  /** Titles of what is inside (a gift's entries, the site's sections). */
  contents?: string[] | undefined;
  /**
   * The poster's own words, in the image's script or languages: under the QR code (扫码阅读全文,
   * 出处俱在) and before what a gift holds (收录十二篇). Simplified Chinese when not given.
   */
  captions?: Partial<PosterCaptions> | undefined;
  /** 'en' when the summary is English: set ragged-right, since justified Latin opens wide gaps. */
  summaryLang?: 'en' | undefined;
  /** A picture of the entry, as a data URL with its pixel size. */
  image?: { src: string; width: number; height: number } | undefined;
}

export interface PosterCaptions {
  /** The call under the QR code. */
  scan: string;
  /** Before the site's name: that the page gives its sources. */
  sourced: string;
  /** How many entries a gift holds. */
  holds: string;
}

export const CARD_SIZE = { width: 1200, height: 630 } as const;
export const POSTER_SIZE = { width: 1080, height: 1920 } as const;
