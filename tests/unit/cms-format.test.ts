/** Every starter entry goes through the editor's file format and back without a change. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFromFile, entryToFile, type EntryKind } from '../../src/lib/cms/file-format.ts';
import { parseSourceFile } from '../../src/lib/checks/source-file.ts';
import { cmsCollections } from '../../src/lib/cms/config.ts';
import { bibliographyTitles, schemaDocs } from '../../src/views/editor-sources.ts';
import { COLLECTION_FILES } from '../../src/schemas/index.ts';

const collections = cmsCollections({
  docs: schemaDocs(),
  bibliography: bibliographyTitles('content/bibliography.yaml'),
});
const fieldsOf = (folder: string) => collections.find((c) => c.folder === `content/${folder}`)?.fields ?? [];

const starters = Object.values(COLLECTION_FILES).flatMap(({ folder, extension }) =>
  readdirSync(join('content', folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(`.${extension}`) && !f.split('/').some((part) => part.startsWith('_')))
    .map((f): [string, EntryKind, string] => [`${folder}/${f}`, extension, folder]),
);

describe('editor format round trip', () => {
  it('covers every starter entry', () => {
    expect(starters.length).toBeGreaterThan(0);
  });

  it.each(starters)('%s', (path, kind, folder) => {
    const fields = fieldsOf(folder);
    const text = readFileSync(join('content', path), 'utf8');
    const original = parseSourceFile(text, kind);
    const written = entryToFile(entryFromFile(text, kind, fields), kind, [], fields);
    const reread = parseSourceFile(written, kind);
    expect(reread.syntaxErrors).toEqual([]);
    expect(reread.data).toEqual(original.data);
    expect(reread.body).toBe(original.body);
    // Writing again changes nothing: the editor's output is stable.
    expect(entryToFile(entryFromFile(written, kind, fields), kind, [], fields)).toBe(written);
  });
});

describe('short forms', () => {
  const fields = fieldsOf('worthies');
  const text = [
    '---',
    'name: 某',
    'born: 1469',
    'aliases: [{ 字: 子才 }]',
    'sources: [S01, { id: S02, pages: 卷七 }]',
    '---',
    '',
  ].join('\n');
  const data = entryFromFile(text, 'mdx', fields);

  it.each([
    ['born', { date: 1469 }],
    ['aliases', [{ type: '字', name: '子才' }]],
    ['sources', [{ id: 'S01' }, { id: 'S02', pages: '卷七' }]],
  ])('%s is expanded into the form the editor shows', (key, expected) => {
    expect(data[key]).toMatchObject(expected);
  });

  it('an expanded item given more fields is written in full', () => {
    const edited = { ...data, born: { ...(data['born'] as object), note: '单源' } };
    expect(parseSourceFile(entryToFile(edited, 'mdx', [], fields), 'mdx').data).toMatchObject({
      born: { date: 1469, note: '单源' },
      sources: ['S01', { id: 'S02', pages: '卷七' }],
    });
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
