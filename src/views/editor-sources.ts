/** Reads what the generated configuration needs from disk: the schemas' source and the bibliography. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collectFieldDocs, type FieldDoc } from '../lib/cms/docs.ts';

export function schemaDocs(root: string = process.cwd()): FieldDoc[] {
  const folder = join(root, 'src/schemas');
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));
  return collectFieldDocs(files.map((f) => ({ fileName: f, text: readFileSync(join(folder, f), 'utf8') })));
}

/** The bibliography's works by id and title; none when the archive has no bibliography yet. */
export function bibliographyTitles(file: string): { id: string; title: string }[] {
  if (!existsSync(file)) return [];
  const data = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, { title?: unknown } | null>;
  return Object.entries(data).map(([id, work]) => {
    const title = work?.title;
    return { id, title: typeof title === 'string' ? title : '' };
  });
}
