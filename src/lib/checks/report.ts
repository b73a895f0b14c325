/** Problems as people read them: grouped by file, with line numbers and a count. */
import type { Problem } from './check-types.ts';

/** Problems (or warnings) under the name of their file, a line each: `  第 3 行 born：…`. */
export function groupByFile(problems: readonly Problem[]): { text: string; files: number } {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const sections = [...byFile].map(([file, list]) => {
    const lines = list.map((p) => `  第 ${p.line} 行${p.field ? ` ${p.field}` : ''}：${p.message}`);
    return `${file}\n${lines.join('\n')}`;
  });
  return { text: sections.join('\n\n'), files: byFile.size };
}

export function formatProblems(problems: Problem[]): string {
  if (problems.length === 0) return '内容检查通过：没有发现问题。';
  const { text, files } = groupByFile(problems);
  return `${text}\n\n内容检查未通过：${files} 个文件共 ${problems.length} 处问题（content check failed: ${problems.length} problem(s) in ${files} file(s)）。`;
}

/** One JSON object per problem, for CI annotations. */
export function problemsAsJson(problems: Problem[]): string {
  return JSON.stringify({ ok: problems.length === 0, count: problems.length, problems }, null, 2);
}
