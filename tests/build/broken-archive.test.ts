/**
 * A broken archive stops the build before any contributed code runs, with the report a historian
 * reads: each file, its line, the field and the fix in Chinese, and an ordinary exit code (no
 * stack trace, no signal). One archive holds every broken case (a wrong date, hostile MDX that
 * tries to write a marker file, blockquotes nested deep enough to crash a parser), so one build
 * reports them all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildFailure } from '../helpers/fixture-build.ts';
import { brokenArchiveFailure, HOSTILE_MDX, MARKERS, NESTED_QUOTES } from '../helpers/fixture-sites.ts';

let failure: BuildFailure;
/** The check's report as printed, with the archive's folder written as `content/`. */
let report: string;

beforeAll(async () => {
  failure = await brokenArchiveFailure();
  const start = failure.output.indexOf('内容检查未通过，构建已停止');
  const end = failure.output.indexOf('\n', failure.output.indexOf('内容检查未通过：', start));
  report = failure.output.slice(start, end).replaceAll(/\S*\/archives\/broken\/content\//g, 'content/');
});

describe('a broken archive', () => {
  it('stops with an exit code, no signal and no crash', () => {
    expect(failure.signal).toBeNull();
    expect(failure.exitCode).toBe(1);
    expect(failure.output).not.toMatch(/RangeError|Segmentation|\n\s+at /);
  });

  it('prints the report a historian reads, word for word', () => {
    expect(report).toMatchInlineSnapshot();
  });

  it.each(Object.keys(HOSTILE_MDX))('rejects hostile MDX before it runs: %s', (name) => {
    expect(report).toMatch(new RegExp(`content/worthies/li-mou-${name}\\.mdx\\n  第 12 行：`));
    expect(existsSync(join(MARKERS, name))).toBe(false);
  });

  it.each(Object.entries(NESTED_QUOTES))('rejects %s (%i nested quotes) as nested too deep', (file, depth) => {
    expect(report).toMatch(new RegExp(`content/${file}\\n  第 \\d+ 行：嵌套过深：[^\\n]*嵌套了 ${depth} 层`));
  });
});
