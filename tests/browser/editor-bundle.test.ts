/** The CMS bundle is served from the site itself and only the editor page loads it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/built-site.ts';

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(DIST, f));
const adminPage = join(DIST, 'admin', 'index.html');

describe('editor bundle in dist/', () => {
  it('is copied into admin/ with its lazy chunks', () => {
    expect(existsSync(join(DIST, 'admin', 'decap-cms.js'))).toBe(true);
    const chunks = readdirSync(join(DIST, 'admin')).filter((f) => /^\d+\.decap-cms\.js$/.test(f));
    expect(chunks.length).toBeGreaterThan(0);
  });

  it('is loaded by the editor page from the site, not from another host', () => {
    const html = readFileSync(adminPage, 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(scripts.some((src) => src.endsWith('/admin/decap-cms.js'))).toBe(true);
    expect(scripts.filter((src) => /^(?:https?:)?\/\//.test(src))).toEqual([]);
    expect(html).toContain('"locale":"zh_Hans"');
  });

  it.each(pages.filter((p) => p !== adminPage).map((p) => [relative(DIST, p), p]))(
    '%s does not reference the editor',
    (_, page) => {
      const html = readFileSync(page, 'utf8');
      expect(html).not.toMatch(/decap-cms|CMS_MANUAL_INIT|\/admin\//);
    },
  );
});
