/** Lays markup that tries to break out of its context into every text field of a fixture archive. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HOSTILE_TEXT =
  '</script><script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)>"\'&\u2028';

/** Fields whose text is shown on pages, in cards, share images and structured data. */
const TEXT_FIELDS =
  /^(\s*(?:-\s+)?(?:summary|title|subtitle|as|today|alt|credit|caption|period|issuer|container|publisher):\s*)(.+)$/;

export function layHostileText(content: string): void {
  for (const name of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(mdx|yaml)$/.test(name)) continue;
    const path = join(content, name);
    const text = readFileSync(path, 'utf8');
    const [head, ...rest] = name.endsWith('.mdx') ? splitFrontmatter(text) : [text];
    const laid = (head ?? '')
      .split('\n')
      .map((line) => {
        const match = TEXT_FIELDS.exec(line);
        if (!match || /^[[{|>]/.test(match[2] ?? '')) return line;
        const value = (match[2] ?? '').replace(/^['"]|['"]$/g, '');
        return `${match[1]}${JSON.stringify(`${value}${HOSTILE_TEXT}`)}`;
      })
      .join('\n');
    writeFileSync(path, [laid, ...rest].join(''));
  }
  // An alias too, since aliases reach search, link titles and JSON-LD.
  const worthy = join(content, 'worthies', 'wang-mou.mdx');
  writeFileSync(
    worthy,
    readFileSync(worthy, 'utf8').replace(
      'aliases:\n',
      `aliases:\n  - { type: 别名, name: ${JSON.stringify(`某丙${HOSTILE_TEXT}`)} }\n`,
    ),
  );
}

/** `---\n…\n---` and the body, so that only the frontmatter is changed. */
function splitFrontmatter(text: string): string[] {
  const end = text.indexOf('\n---', 4);
  return end < 0 ? [text] : [text.slice(0, end), text.slice(end)];
}
