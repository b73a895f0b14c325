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
  /** A picture of the entry, as a data URL with its pixel size. */
  image?: { src: string; width: number; height: number } | undefined;
}

export const CARD_SIZE = { width: 1200, height: 630 } as const;
export const POSTER_SIZE = { width: 1080, height: 1920 } as const;
