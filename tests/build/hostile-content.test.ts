/**
 * Hostile content through the real build. Text fields full of markup must come out as text (no
 * element or attribute smuggled into any page, JSON-LD that parses back to the text as written).
 * Files that would crash a parser or run code are in broken-archive.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileSite } from '../helpers/fixture-sites.ts';
import { HOSTILE_TEXT } from '../helpers/hostile-text.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/**
 * The start tags of a page as a browser's tokenizer sees them: quoted attribute values are read
 * whole (so markup inside an alt text is not mistaken for a tag), and the text of script and
 * style elements is skipped over to its end tag.
 */
function elements(html: string): { name: string; attributes: string[]; text: string }[] {
  const tag = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/y;
  const found: { name: string; attributes: string[]; text: string }[] = [];
  let at = html.indexOf('<');
  while (at >= 0) {
    tag.lastIndex = at;
    const match = tag.exec(html);
    if (!match) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const name = (match[1] ?? '').toLowerCase();
    const attributes = [
      ...(match[2] ?? '').matchAll(/\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g),
    ].map((a) => (a[1] ?? '').toLowerCase());
    let next = tag.lastIndex;
    let text = '';
    if (name === 'script' || name === 'style') {
      const close = html.indexOf(`</${name}`, next);
      text = html.slice(next, close < 0 ? html.length : close);
      next = close < 0 ? html.length : close;
    }
    // JSON data blocks (structured data, the editor's settings) are text to the browser, not code;
    // that they cannot end early is checked by the test below.
    if (/type="application\/(?:ld\+)?json"/.test(match[2] ?? '')) text = '';
    found.push({ name, attributes, text });
    at = html.indexOf('<', next);
  }
  return found;
}

describe('markup in every text field', () => {
  let pages: { path: string; html: string }[];
  beforeAll(async () => {
    const site = await hostileSite();
    pages = htmlFiles(site.outDir).map((path) => ({ path, html: readFileSync(path, 'utf8') }));
  });

  it('reaches the pages as text, never as an element or attribute', () => {
    expect(pages.length).toBeGreaterThan(20);
    const shown = pages.filter(({ html }) => html.includes('&lt;/script&gt;&lt;script&gt;alert'));
    expect(shown.length).toBeGreaterThan(5);
    for (const { path, html } of pages) {
      for (const { name, attributes, text } of elements(html)) {
        expect(
          attributes.filter((a) => /^on/i.test(a)),
          `${path} <${name}>`,
        ).toEqual([]);
        // No contributed text in a script; in a style only as an escaped CSS string (running heads).
        if (name === 'script') expect(text, path).not.toMatch(/alert\(/);
        if (name === 'style') expect(text, path).not.toMatch(/<\/?(?:script|img|svg)/i);
      }
    }
  });

  it('leaves every JSON-LD block parseable, holding the text exactly as written', () => {
    let found = 0;
    for (const { path, html } of pages) {
      for (const [, json] of html.matchAll(
        /<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g,
      )) {
        const text = JSON.stringify(JSON.parse(json ?? ''));
        if (text.includes(HOSTILE_TEXT.slice(0, 60))) found++;
        expect(json, path).not.toMatch(/<\/script|<!--/i);
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});
