/** Every starter entry goes through the editor's file format and back without a change. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFromFile, entryToFile, type EntryKind } from '../../src/lib/cms/format.ts';
import { parseSourceFile } from '../../src/lib/checks/source-file.ts';
import { COLLECTION_FILES } from '../../src/schemas/index.ts';

const starters = Object.values(COLLECTION_FILES).flatMap(({ folder, extension }) =>
  readdirSync(join('content', folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(`.${extension}`) && !f.split('/').some((part) => part.startsWith('_')))
    .map((f): [string, EntryKind] => [`${folder}/${f}`, extension]),
);

describe('editor format round trip', () => {
  it('covers every starter entry', () => {
    expect(starters.length).toBeGreaterThan(0);
  });

  it.each(starters)('%s', (path, kind) => {
    const text = readFileSync(join('content', path), 'utf8');
    const original = parseSourceFile(text, kind);
    const written = entryToFile(entryFromFile(text, kind), kind);
    const reread = parseSourceFile(written, kind);
    expect(reread.syntaxErrors).toEqual([]);
    expect(reread.data).toEqual(original.data);
    expect(reread.body).toBe(original.body);
    // Writing again changes nothing: the editor's output is stable.
    expect(entryToFile(entryFromFile(written, kind), kind)).toBe(written);
  });
});

describe('what the form leaves behind', () => {
  it.each([
    ['blank optional text', { name: '某', note: '' }, 'name: 某\n'],
    ['an object left empty', { name: '某', native: { as: '', today: '' } }, 'name: 某\n'],
    ['the editor-only file name', { file: 'mou', name: '某' }, 'name: 某\n'],
    ['blank list items', { name: '某', aliases: [''] }, 'name: 某\naliases: []\n'],
  ])('drops %s', (_, data, expected) => {
    expect(entryToFile(data, 'yaml')).toBe(expected);
  });

  it('orders keys as the editor lists its fields and puts the body after the frontmatter', () => {
    expect(entryToFile({ sex: '男', name: '某', body: '正文' }, 'mdx', ['file', 'name', 'sex'])).toBe(
      '---\nname: 某\nsex: 男\n---\n\n正文',
    );
  });
});
