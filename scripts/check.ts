/**
 * `npm run check`: every validation the build does (schemas, references, dates, aliases, relations,
 * images, citations, wiki links), without building pages.
 *
 *   npm run check                  grouped, readable report; exit status 1 on any problem
 *   npm run check -- --format json one JSON document, for CI annotations
 */
import { problemsAsJson, formatProblems } from '../src/lib/checks/report.ts';
import { runArchiveCheck } from '../src/integrations/archive-check.ts';
import { formatWarnings, readerWarnings } from '../src/lib/checks/reader-warnings.ts';

const json =
  process.argv.includes('--format') && process.argv[process.argv.indexOf('--format') + 1] === 'json';
const started = performance.now();
const { problems, entries } = runArchiveCheck(process.cwd());
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (json) {
  process.stdout.write(`${problemsAsJson(problems)}\n`);
} else {
  process.stdout.write(`${formatProblems(problems)}\n`);
  // Warnings (uncited figures, web-only sources, unclassified works) never fail the check.
  const warnings = formatWarnings(readerWarnings(entries));
  if (warnings) process.stdout.write(`\n${warnings}\n`);
  process.stderr.write(`检查了 ${entries.length} 个条目，用时 ${seconds} 秒。\n`);
}
process.exitCode = problems.length > 0 ? 1 : 0;
