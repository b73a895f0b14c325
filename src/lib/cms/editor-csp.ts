/**
 * The editor's Content-Security-Policy. Every page of the site allows only its own scripts and
 * hashed inline code; the editor is a ready-made application that compiles its config validators
 * with `new Function` (ajv) and styles itself with inline `<style>` elements (emotion), and talks to
 * a Git host's API or, when testing offline, to a local backend on a loopback port. So /admin/, and
 * only /admin/, gets a policy that allows those and nothing else beyond the site's own.
 */
const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

export function editorPolicy(sitePolicy: string): string {
  const directives = sitePolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !directive.startsWith('style-src'))
    .map((directive) => {
      const [name = ''] = directive.split(/\s+/);
      if (name === 'script-src') return `${directive} 'unsafe-eval'`;
      if (name === 'connect-src')
        return "connect-src 'self' blob: data: https: http://127.0.0.1:* http://localhost:*";
      if (name === 'img-src') return "img-src 'self' data: blob: https:";
      return directive;
    });
  return [...directives, "style-src 'self' 'unsafe-inline'"].join('; ');
}

/** The editor page with its own policy in place of the site's; unchanged when it has none. */
export function withEditorPolicy(html: string): string {
  return html.replace(
    META,
    (_, policy: string) => `<meta http-equiv="content-security-policy" content="${editorPolicy(policy)}">`,
  );
}
