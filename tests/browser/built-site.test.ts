/** The real build of the starter archive: links resolve, HTML is valid, lang is set everywhere. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/built-site.ts';
import { brokenInternalLinks, htmlFiles, htmlProblems } from '../helpers/site-audit.ts';

describe('the built starter archive', () => {
  it('has no broken internal links', () => {
    expect(brokenInternalLinks(DIST)).toEqual([]);
  });

  it('is valid HTML', async () => {
    expect(await htmlProblems(DIST)).toEqual([]);
  });

  it('declares zh-CN on every page (zh-Hant on the 繁體 editions) and loads nothing from other hosts', () => {
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(/\/zh-hant\//.test(file) ? /<html lang="zh-Hant"/ : /<html lang="zh-CN"/);
      expect(html, file).not.toMatch(
        /<(?:script|link|img)[^>]+(?:src|href)="https?:\/\/(?!xiangxian\.example\.org)/,
      );
    }
  });
});
