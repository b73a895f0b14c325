/**
 * Property-based tests of the trust boundary: whatever string a contributor writes, inline JSON
 * stays inside its script element and parses back to the same value, CSV cells never start a
 * formula, link addresses other than the web's are refused, and the check reports rather than throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../src/lib/checks/check-archive.ts';
import { measureNesting } from '../../src/lib/checks/limits.ts';
import { decodeUtf8 } from '../../src/lib/checks/text-encoding.ts';
import { jsonForScript } from '../../src/lib/inline-json.ts';
import { checkMdxSafety } from '../../src/lib/mdx-gate.ts';
import { csvField, parseCsv } from '../../src/lib/open-data-records.ts';
import { isSafeLinkUrl, isWebUrl } from '../../src/lib/safe-url.ts';
import { itReturns } from '../helpers/table-tests.ts';

/** Strings biased towards what breaks HTML, JSON, CSV and Markdown. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc
    .array(
      fc.constantFrom(
        '</script>',
        '<script>',
        '<!--',
        '-->',
        '&',
        '"',
        "'",
        '\u2028',
        '\u2029',
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '>',
        '[',
        '](',
        '{',
        '}',
        '<img src=x onerror=alert(1)>',
        'javascript:',
        '王',
        '宿遷',
        '**',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

describe('JSON inside a script element', () => {
  it('never contains a character that could end the element, and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), hostileText), fc.array(hostileText), (object, list) => {
        const value = { object, list };
        const text = jsonForScript(value);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(value);
      }),
    );
  });
});

describe('CSV cells', () => {
  it('never start with a formula character, and read back to the text with at most a leading apostrophe', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const [[cell]] = parseCsv(`${csvField(text)}\r\n`) as [[string]];
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell === text || cell === `'${text}`).toBe(true);
      }),
    );
  });

  itReturns('%j is written as %j', csvField, [
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['-232', '-232'],
  ]);

  it('leaves numbers alone: a BCE year is a number, not a formula', () => {
    expect(csvField(-232)).toBe('-232');
  });
});

describe('link addresses', () => {
  itReturns('%j in a body: allowed %s', isSafeLinkUrl, [
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['file:///etc/passwd', false],
    ['https://example.org/a?b=c', true],
    ['http://example.org', true],
    ['mailto:editor@example.org', true],
    ['/worthies/xiang-yu/', true],
    ['#note-1', true],
    ['./xiang-yu/map.png', true],
  ]);

  it('a field that must be a web page takes http and https only', () => {
    expect(isWebUrl('https://example.org')).toBe(true);
    expect(isWebUrl('mailto:a@b')).toBe(false);
    expect(isWebUrl('/relative')).toBe(false);
  });
});

describe('text encoding', () => {
  it('accepts any valid UTF-8, and names the line and byte of the first bad byte', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(20), (text, lines) => {
        const good = Buffer.from(`${'行\n'.repeat(lines)}${text}`);
        expect(decodeUtf8(good)).toEqual({ ok: true, text: good.toString('utf8') });
        const bad = Buffer.concat([good, Buffer.from([0xff])]);
        expect(decodeUtf8(bad)).toEqual({
          ok: false,
          line: good.toString().split('\n').length,
          offset: good.length,
        });
      }),
    );
  });
});

describe('nesting', () => {
  it('is measured without recursion at any depth, and the gate refuses deep text before parsing it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('>', '> ', '- ', '1. ', '[', '(', '<Aside>'),
        fc.integer({ min: 33, max: 20_000 }),
        (unit, depth) => {
          const text = `${unit.repeat(depth)}深`;
          expect(measureNesting(text).depth).toBeGreaterThanOrEqual(33);
          expect(checkMdxSafety(text)[0]?.message).toMatch(/嵌套过深/);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('the archive check on arbitrary input', () => {
  const entry = (name: string, summary: string, body: string) =>
    `---\nname: ${JSON.stringify(name)}\nsex: 男\nconnection: 本籍\ncategories: [文化]\nsummary: ${JSON.stringify(summary)}\nsources: [F1]\n---\n${body}`;

  it('reports or accepts, never throws, whatever the fields and body hold', () => {
    fc.assert(
      fc.property(
        hostileText,
        hostileText,
        fc.oneof(hostileText, fc.string({ maxLength: 2000 })),
        (name, summary, body) => {
          const result = checkArchive(
            [
              { collection: 'worthies', path: 'content/worthies/mou.mdx', text: entry(name, summary, body) },
              {
                collection: 'worthies',
                path: 'content/worthies/raw.mdx',
                text: `---\n${summary}\n---\n${body}`,
              },
              { collection: 'places', path: 'content/places/raw.yaml', text: `${name}: ${summary}\n${body}` },
              {
                collection: 'bibliography',
                path: 'content/bibliography.yaml',
                text: 'F1: { kind: 专著, title: 某书 }\n',
              },
            ],
            { districts: [], images: [] },
          );
          for (const problem of result.problems) {
            expect(problem.file).toMatch(/^content\//);
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
