/**
 * `npm run generate-fixtures -- <entries> [folder]`: writes a deterministic synthetic archive
 * (invented people, places, heritage and studies) to a temporary folder for benchmarks and scale
 * tests — never into content/. Prints the folder; build it with ARCHIVE_CONTENT_DIR=<folder>.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { syntheticArchive } from './lib/synthetic-archive.ts';

export function writeSyntheticArchive(entries: number, folder?: string): string {
  const target = folder ? resolve(folder) : mkdtempSync(join(tmpdir(), `xiangxian-synthetic-${entries}-`));
  const archive = resolve('content');
  if (target === archive || target.startsWith(`${archive}/`))
    throw new Error('合成数据只能写到临时文件夹，不能写进 content/');
  for (const file of syntheticArchive({ entries })) {
    const path = join(target, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return target;
}

if (import.meta.main) {
  const entries = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(entries) || entries < 10) {
    process.stderr.write('用法：npm run generate-fixtures -- <条目数（≥10）> [文件夹]\n');
    process.exit(1);
  }
  process.stdout.write(`${writeSyntheticArchive(entries, process.argv[3])}\n`);
}
