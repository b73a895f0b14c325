/** Problems as people read them: grouped by file, with line numbers and a count. */
import type { Problem } from './check-types.ts';

export function formatProblems(problems: Problem[]): string {
  if (problems.length === 0) return '内容检查通过：没有发现问题。';
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const sections = [...byFile].map(([file, list]) => {
    const lines = list.map((p) => `  第 ${p.line} 行${p.field ? ` ${p.field}` : ''}：${p.message}`);
    return `${file}\n${lines.join('\n')}`;
  });
  return `${sections.join('\n\n')}\n\n内容检查未通过：${byFile.size} 个文件共 ${problems.length} 处问题（content check failed: ${problems.length} problem(s) in ${byFile.size} file(s)）。`;
}

/** One JSON object per problem, for CI annotations. */
export function problemsAsJson(problems: Problem[]): string {
  return JSON.stringify({ ok: problems.length === 0, count: problems.length, problems }, null, 2);
}
