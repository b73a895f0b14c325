/**
 * The printed editions of a gift: paper size, margins and type sizes in one place, so that the
 * `@page` rules, the sheet layout and the cast-off of long lists (how many references fit on a
 * page) all agree.
 */
import { widthInEms } from '../share-images/text.ts';

export interface PrintEdition {
  id: 'a4' | 'a5';
  /** What the reader is offered: "A4（210×297毫米）". */
  label: string;
  /** CSS page size keyword. */
  size: 'A4' | 'A5';
  /** Paper in millimetres. */
  width: number;
  height: number;
  /** Page margins in millimetres; the running head and the folio sit in them. */
  margin: { top: number; bottom: number; inline: number };
  /** Type sizes in points: text, small text (facts, references), entry titles, the cover title. */
  body: number;
  small: number;
  heading: number;
  cover: number;
  /** Line height of small text, for the cast-off. */
  leading: number;
  /** Side of the QR code beside each entry, in millimetres. */
  qr: number;
  /** Page path after the gift's own, e.g. 'print/'. */
  path: string;
}

export const PRINT_EDITIONS: Record<'a4' | 'a5', PrintEdition> = {
  a4: {
    id: 'a4',
    label: 'A4（210×297毫米）',
    size: 'A4',
    width: 210,
    height: 297,
    margin: { top: 24, bottom: 24, inline: 22 },
    body: 12,
    small: 9.5,
    heading: 28,
    cover: 50,
    leading: 1.6,
    qr: 30,
    path: 'print/',
  },
  a5: {
    id: 'a5',
    label: 'A5（148×210毫米）',
    size: 'A5',
    width: 148,
    height: 210,
    margin: { top: 17, bottom: 18, inline: 15 },
    body: 9.5,
    small: 8,
    heading: 19,
    cover: 34,
    leading: 1.55,
    qr: 24,
    path: 'print-a5/',
  },
};

const POINTS_PER_MM = 72 / 25.4;

/** A CSS string literal: quotes and backslashes escaped, and `<` so that no text can close the <style>. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3c ').replace(/\n/g, '\\a ')}"`;
}

/**
 * The edition's `@page` rules: size and margins, the book's title at the top left and the site's
 * name at the top right of every page, the page number at the foot; the cover (`page: cover`) has
 * nothing in its margins. Plus the paper and type sizes as custom properties.
 */
export function pageCss(edition: PrintEdition, runningHead: { left: string; right: string }): string {
  const { margin } = edition;
  const marginFont = `font-family: var(--xx-font-serif); font-size: ${edition.small - 1}pt; color: #444;`;
  return [
    `@page { size: ${edition.size}; margin: ${margin.top}mm ${margin.inline}mm ${margin.bottom}mm;`,
    `  @top-left { content: ${cssString(runningHead.left)}; ${marginFont} vertical-align: bottom; padding-bottom: 4mm; }`,
    `  @top-right { content: ${cssString(runningHead.right)}; ${marginFont} vertical-align: bottom; padding-bottom: 4mm; }`,
    `  @bottom-center { content: counter(page); ${marginFont} vertical-align: top; padding-top: 5mm; }`,
    '}',
    // The cover keeps the margins: Chromium lays every page out at the body pages' width, and home
    // printers cannot print to the edge anyway. It only drops the running heads and the folio.
    '@page cover { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }',
    `:root { --print-width: ${edition.width}mm; --print-height: ${edition.height}mm;` +
      ` --print-margin-top: ${margin.top}mm; --print-margin-bottom: ${margin.bottom}mm; --print-margin-inline: ${margin.inline}mm;` +
      ` --print-body: ${edition.body}pt; --print-small: ${edition.small}pt; --print-heading: ${edition.heading}pt;` +
      ` --print-cover: ${edition.cover}pt; --print-leading: ${edition.leading}; --print-qr: ${edition.qr}mm; }`,
  ].join('\n');
}

/**
 * Cast-off (估字) of a numbered list set in the edition's small type: which items go on which page.
 * Each item is estimated in lines from its width in ems, with a hanging number, a small gap after
 * it and a tenth of the page kept in reserve; the first page also holds the heading.
 */
export function castOff(texts: readonly string[], edition: PrintEdition): number[][] {
  const measure = (edition.width - 2 * edition.margin.inline) * POINTS_PER_MM;
  const depth = (edition.height - edition.margin.top - edition.margin.bottom) * POINTS_PER_MM;
  const perLine = Math.floor(measure / edition.small) - 3;
  const linesPerPage = Math.floor((depth / (edition.small * edition.leading)) * 0.9);
  const headingLines = 5;
  const pages: number[][] = [[]];
  let used = headingLines;
  texts.forEach((text, index) => {
    const lines = Math.ceil(widthInEms(text) / perLine) + 0.4;
    if (used + lines > linesPerPage && (pages.at(-1)?.length ?? 0) > 0) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)?.push(index);
    used += lines;
  });
  return pages;
}
