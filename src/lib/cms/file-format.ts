/**
 * The editor's file format, registered in the CMS as a custom format so that what the editor writes
 * is exactly what this module writes (and what the round-trip test checks): YAML frontmatter + MDX
 * body for `.mdx` entries, plain YAML for `.yaml` entries. Pure; runs in Node and in the browser.
 */
import { stringify } from 'yaml';
import { parseSourceFile } from '../checks/source-file.ts';
import { collapseShorthands, expandShorthands, type FieldShape } from './shorthand.ts';

/** Editor-only fields: the file name a contributor types, never written into the file. */
export const EDITOR_ONLY_FIELDS = ['file'] as const;
/** The field that holds an MDX entry's body in the editor. */
export const BODY_FIELD = 'body';

export type EntryKind = 'mdx' | 'yaml';
type Data = Record<string, unknown>;

/** Reads an entry file into the editor's data (frontmatter fields plus `body` for MDX). */
export function entryFromFile(text: string, kind: EntryKind, fields: readonly FieldShape[] = []): Data {
  const source = parseSourceFile(text, kind);
  if (source.syntaxErrors.length > 0) {
    throw new Error(source.syntaxErrors.map((e) => `第 ${e.line} 行：${e.message}`).join('\n'));
  }
  const data = expandShorthands((source.data ?? {}) as Data, fields);
  return kind === 'mdx' ? { ...data, [BODY_FIELD]: source.body } : data;
}

/**
 * Writes the editor's data back. Empty values the form leaves behind (blank optional text, an
 * object with nothing filled in) are dropped, since the schemas reject them; keys follow the
 * editor's field order.
 */
export function entryToFile(
  data: Data,
  kind: EntryKind,
  fieldOrder: readonly string[] = [],
  fields: readonly FieldShape[] = [],
): string {
  const { [BODY_FIELD]: body, ...rest } = data;
  const editorOnly = new Set<string>(EDITOR_ONLY_FIELDS);
  const kept = Object.fromEntries(Object.entries(rest).filter(([key]) => !editorOnly.has(key)));
  const cleaned = (withoutBlanks(collapseShorthands(kept, fields)) ?? {}) as Data;
  const ordered = Object.fromEntries(
    Object.entries(cleaned).sort(([a], [b]) => rank(fieldOrder, a) - rank(fieldOrder, b)),
  );
  const yamlText = stringify(ordered, { lineWidth: 0, flowCollectionPadding: false });
  if (kind === 'yaml') return yamlText;
  const bodyText = typeof body === 'string' ? body : '';
  return `---\n${yamlText}---\n${bodyText.startsWith('\n') || bodyText === '' ? bodyText : `\n${bodyText}`}`;
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

function withoutBlanks(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.map(withoutBlanks).filter((item) => item !== undefined);
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, withoutBlanks(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}
