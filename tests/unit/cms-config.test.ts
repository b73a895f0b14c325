/** The editor's configuration is generated from the schemas: no field missing, none invented. */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsCollections, schemasForEditor } from '../../src/lib/cms/config.ts';
import { collectFieldDocs, docFor, labelFrom } from '../../src/lib/cms/docs.ts';
import type { CmsField } from '../../src/lib/cms/cms-fields.ts';
import { bibliographyTitles, schemaDocs } from '../../src/views/editor-sources.ts';
import { BODY_FIELD, EDITOR_ONLY_FIELDS } from '../../src/lib/cms/file-format.ts';
import { COLLECTION_FILES } from '../../src/schemas/index.ts';
import { itReturns } from '../helpers/table-tests.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Every stored key path of a schema, walked independently of the generator ('[]' marks list items). */
function schemaPaths(schema: unknown, prefix = ''): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
      return schemaPaths(def['innerType'], prefix);
    case 'pipe':
      return schemaPaths(defOf(def['in']).type === 'transform' ? def['out'] : def['in'], prefix);
    case 'array':
      return schemaPaths(def['element'], `${prefix}[].`);
    case 'union':
      return [...new Set((def['options'] as unknown[]).flatMap((o) => schemaPaths(o, prefix)))];
    case 'object':
      return Object.entries(def['shape'] as Record<string, unknown>).flatMap(([key, value]) => [
        `${prefix}${key}`,
        ...schemaPaths(value, `${prefix}${key}.`),
      ]);
    default:
      return [];
  }
}

function fieldPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const own = `${prefix}${f.name}`;
    const inner = f.fields ? fieldPaths(f.fields, f.widget === 'list' ? `${own}.[].` : `${own}.`) : [];
    return [own, ...inner];
  });
}

const docs = schemaDocs();
const collections = cmsCollections({ docs, bibliography: bibliographyTitles('content/bibliography.yaml') });
const { schemas } = schemasForEditor();
const editorOnly = new Set<string>([...EDITOR_ONLY_FIELDS, BODY_FIELD]);

describe('generated editor collections', () => {
  it('has one collection per content folder', () => {
    expect(collections.map((c) => c.name).sort()).toEqual(Object.keys(COLLECTION_FILES).sort());
  });

  it.each(collections.map((c) => [c.name, c] as const))(
    '%s: every schema field has an editor field and vice versa',
    (name, collection) => {
      const fromSchema = schemaPaths(schemas[name])
        .map((p) => p.replaceAll('.[].', '.[].'))
        .sort();
      const fromEditor = fieldPaths(collection.fields.filter((f) => !editorOnly.has(f.name))).sort();
      expect(fromEditor).toEqual(fromSchema);
    },
  );

  it.each(collections.map((c) => [c.name, c] as const))(
    '%s: top-level fields carry the schema JSDoc as label and hint',
    (_, collection) => {
      for (const field of collection.fields) {
        expect(field.hint, field.name).toMatch(/\p{Script=Han}/u);
        expect(field.label, field.name).toMatch(/\p{Script=Han}/u);
      }
    },
  );
});

describe('JSDoc lookup', () => {
  const sample = collectFieldDocs([
    {
      fileName: 'a.ts',
      text: [
        'const a = {',
        '  /** 甲的名称。 */',
        '  name: 1,',
        '  kind: 2,',
        '};',
        'const b = {',
        '  /** 乙的名称：说明。 */',
        '  name: 1,',
        '  born: 2,',
        '  died: 3,',
        '};',
      ].join('\n'),
    },
  ]);
  it.each([
    [['name', 'kind'], '甲的名称。'],
    [['name', 'born', 'died', 'sex'], '乙的名称：说明。'],
  ] as const)('picks the comment of the object sharing most keys with %j', (keys, expected) => {
    expect(docFor(sample, 'name', keys)).toBe(expected);
  });
  itReturns('labels %s as %s', labelFrom, [
    ['生年或生日，照来源写：1905。', '生年或生日'],
    ['性别：男、女、不详。', '性别'],
    ['籍贯。', '籍贯'],
  ]);
});

describe('new schema fields reach the editor without a second edit', () => {
  it('a field added to a schema appears with its JSDoc', async () => {
    const { z: zod } = await import('astro/zod');
    const { fieldsOf } = await import('../../src/lib/cms/cms-fields.ts');
    const extra = collectFieldDocs([
      { fileName: 'x.ts', text: 'const s = {\n  /** 关键词：供检索。 */\n  keywords: 0,\n  name: 0,\n};' },
    ]);
    const shape: Record<string, z.ZodType> = {
      name: zod.string(),
      keywords: zod.array(zod.string()).default([]),
    };
    const [, keywords] = fieldsOf(shape, {
      docs: extra,
      images: new WeakSet(),
      references: new WeakMap(),
      bibliography: [],
      displayField: () => 'name',
    });
    expect(keywords).toMatchObject({
      name: 'keywords',
      label: '关键词（keywords）',
      widget: 'list',
      required: false,
    });
  });
});

describe('dates get the editor date widget', () => {
  const worthies = collections.find((c) => c.name === 'worthies');
  const born = worthies?.fields.find((f) => f.name === 'born');
  it.each([
    ['date', (f: CmsField) => f.widget],
    ['alternatives', (f: CmsField) => f.field?.widget],
  ] as const)('born.%s', (name, widgetOf) => {
    const field = born?.fields?.find((f) => f.name === name);
    expect(field && widgetOf(field)).toBe('historical-date');
  });
  it('born.note stays plain text', () => {
    expect(born?.fields?.find((f) => f.name === 'note')?.widget).toBe('string');
  });
});
