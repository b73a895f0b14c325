/** Checks over a built `dist/`: every internal link resolves, and the HTML is valid. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';

/** Text of the HTML with tags, scripts and styles removed and whitespace collapsed: what a person reads. */
export function visibleText(html: string | undefined): string {
  return (html ?? '')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(outDir, name));
}

/** Internal links (href/src starting with the base path) whose target is not in `dist/`. */
export function brokenInternalLinks(outDir: string, base = '/'): string[] {
  const broken: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"#?]+)[^"]*"/g)) {
      const target = decodeURI(match[1] ?? '');
      if (!target.startsWith(base) || target.startsWith('//')) continue;
      const path = join(outDir, target.slice(base.length));
      const exists = target.endsWith('/') ? existsSync(join(path, 'index.html')) : existsSync(path);
      if (!exists) broken.push(`${file.slice(outDir.length)} → ${target}`);
    }
  }
  return broken;
}

/** html-validate's complaints, one line each. */
export async function htmlProblems(outDir: string): Promise<string[]> {
  const validator = new HtmlValidate();
  const problems: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${file.slice(outDir.length)}:${message.line} ${message.ruleId} ${message.message}`);
      }
    }
  }
  return problems;
}
