/**
 * Just enough of a PDF reader to test Chromium's print output without extra packages: the pages in
 * order and the text drawn on each, decoded through the fonts' ToUnicode maps. It reads what
 * Chromium's PDF writer (Skia) produces: plain indirect objects, Flate-compressed content streams,
 * Type0/Identity-H fonts with hex strings. It is not a general PDF parser.
 */
import { inflateSync } from 'node:zlib';

export interface PdfPage {
  /** Paper size in points (1/72 inch), from the page's MediaBox. */
  width: number;
  height: number;
  /** Text drawn on the page, in drawing order, with a line break between text objects. */
  text: string;
  /** Whether the page paints anything at all (text, images or vector paths). */
  paints: boolean;
}

interface PdfObject {
  dictionary: string;
  stream?: Buffer | undefined;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(source))) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endobj', start);
    const body = source.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dictionary: body });
    } else {
      const dictionary = body.slice(0, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? 0);
      const dataStart = start + streamAt + (/stream\r\n/.test(body.slice(streamAt, streamAt + 8)) ? 8 : 7);
      let data = Buffer.from(source.slice(dataStart, dataStart + length), 'latin1');
      if (dictionary.includes('/FlateDecode')) data = inflateSync(data);
      objects.set(Number(match[1]), { dictionary, stream: data });
    }
    header.lastIndex = end;
  }
  return objects;
}

const refs = (text: string): number[] => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** The object a `/Key n 0 R` entry points to, or the inline `<< … >>` dictionary. */
function entry(objects: Map<number, PdfObject>, dictionary: string, key: string): string | undefined {
  const ref = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dictionary);
  if (ref) return objects.get(Number(ref[1]))?.dictionary;
  const at = dictionary.indexOf(`/${key}`);
  if (at === -1) return undefined;
  const open = dictionary.indexOf('<<', at);
  let depth = 0;
  for (let i = open; i < dictionary.length - 1; i++) {
    if (dictionary.startsWith('<<', i)) depth++;
    if (dictionary.startsWith('>>', i) && --depth === 0) return dictionary.slice(open, i + 2);
  }
  return undefined;
}

function hexToCodes(hex: string, width: number): number[] {
  const codes: number[] = [];
  for (let i = 0; i + width * 2 <= hex.length; i += width * 2)
    codes.push(parseInt(hex.slice(i, i + width * 2), 16));
  return codes;
}

function utf16(hex: string): string {
  const units = hexToCodes(hex, 2);
  return String.fromCharCode(...units);
}

/** A font's code → text map from its ToUnicode CMap. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(parseInt(code ?? '0', 16), utf16(text ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, target] of (block[1] ?? '').matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
    )) {
      const first = parseInt(from ?? '0', 16);
      const last = parseInt(to ?? '0', 16);
      if (target?.startsWith('[')) {
        [...target.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((m, i) => map.set(first + i, utf16(m[1] ?? '')));
      } else {
        const base = utf16((target ?? '<>').slice(1, -1));
        for (let code = first; code <= last; code++) {
          map.set(
            code,
            base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - first),
          );
        }
      }
    }
  }
  return map;
}

interface Font {
  width: number;
  map: Map<number, string>;
}

function pageFonts(objects: Map<number, PdfObject>, page: string): Map<string, Font> {
  const fonts = new Map<string, Font>();
  const resources = entry(objects, page, 'Resources') ?? '';
  const fontDictionary = entry(objects, resources, 'Font') ?? '';
  for (const [, name, ref] of fontDictionary.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(ref))?.dictionary ?? '';
    const unicodeRef = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
    const cmap = unicodeRef ? (objects.get(Number(unicodeRef))?.stream?.toString('latin1') ?? '') : '';
    fonts.set(name ?? '', { width: font.includes('/Type0') ? 2 : 1, map: toUnicode(cmap) });
  }
  return fonts;
}

function decodeString(token: string, font: Font | undefined): string {
  if (!font) return '';
  let codes: number[];
  if (token.startsWith('<')) codes = hexToCodes(token.slice(1, -1), font.width);
  else {
    const raw = token
      .slice(1, -1)
      .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
        /^[0-7]/.test(e)
          ? String.fromCharCode(parseInt(e, 8))
          : e.length === 1 && '()\\'.includes(e)
            ? e
            : ' ',
      );
    codes = Array.from({ length: raw.length }, (_, i) => raw.charCodeAt(i));
    if (font.width === 2)
      codes = codes.flatMap((_, i) => (i % 2 === 0 ? [(codes[i] ?? 0) * 256 + (codes[i + 1] ?? 0)] : []));
  }
  return codes.map((code) => font.map.get(code) ?? '').join('');
}

/**
 * The text of a content stream. Where Chromium could not name a glyph's character through the
 * font (CJK radicals share glyphs with ideographs), it wraps the glyph in a marked-content span
 * with the true text, `/Span <</ActualText <FEFF…>>> BDC … EMC`: that text wins over the glyphs.
 */
function pageText(content: string, fonts: Map<string, Font>): string {
  let font: Font | undefined;
  let text = '';
  /** Open marked-content sections; true for those whose glyphs are replaced by their ActualText. */
  const spans: boolean[] = [];
  const tokens = content.matchAll(
    /\/Span\s*<<\s*\/ActualText\s*<([0-9a-fA-F]*)>\s*>>\s*BDC|\bBDC\b|\bBMC\b|\bEMC\b|\/([\w.+-]+)\s+[\d.]+\s+Tf|<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|\bET\b/g,
  );
  for (const [token, actual, fontName] of tokens) {
    if (actual !== undefined) {
      text += utf16(actual.replace(/^feff/i, ''));
      spans.push(true);
    } else if (token === 'BDC' || token === 'BMC') spans.push(false);
    else if (token === 'EMC') spans.pop();
    else if (fontName !== undefined) font = fonts.get(fontName);
    else if (token === 'ET') text += '\n';
    else if (!spans.includes(true)) text += decodeString(token.replace(/\s+/g, ''), font);
  }
  return text.normalize('NFKC');
}

/** Pages in reading order with their text. */
export function readPdf(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf);
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dictionary));
  const pages: PdfPage[] = [];
  const walk = (id: number) => {
    const node = objects.get(id)?.dictionary ?? '';
    if (/\/Type\s*\/Pages/.test(node)) {
      for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '')) walk(kid);
      return;
    }
    const contentRefs = refs(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(node)?.[1] ?? '');
    const content = contentRefs.map((r) => objects.get(r)?.stream?.toString('latin1') ?? '').join('\n');
    const text = pageText(content, pageFonts(objects, node));
    const paints = /\b(Tj|TJ|Do|f\*?|S|B\*?)\s/.test(content);
    const box = /\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/.exec(node) ?? [];
    pages.push({
      width: Number(box[3] ?? 0) - Number(box[1] ?? 0),
      height: Number(box[4] ?? 0) - Number(box[2] ?? 0),
      text,
      paints,
    });
  };
  walk(Number(/\/Pages (\d+) 0 R/.exec(catalog?.dictionary ?? '')?.[1] ?? 0));
  return pages;
}
