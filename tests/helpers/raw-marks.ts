/** Pages whose reading text still shows Markdown's emphasis marks (`**`, `__`, `~~`) outside code. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The marks left in a page's text once scripts, styles, code and tags are taken out. */
export function rawMarksIn(html: string): string[] {
  const text = html
    .replace(/<(script|style|code|pre|textarea|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return [...text.matchAll(/.{0,12}(?:\*\*|__|~~).{0,12}/g)].map((m) => m[0].trim());
}

/** Each HTML page under `outDir` (relative path) with the marks it shows. */
export function pagesWithRawMarks(outDir: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const marks = rawMarksIn(readFileSync(join(outDir, name), 'utf8'));
    if (marks.length > 0) found[name] = marks;
  }
  return found;
}
