import { describe, expect, it } from 'vitest';
import { editorPolicy, withEditorPolicy } from '../../src/lib/cms/editor-csp.ts';

const SITE =
  "default-src 'self';img-src 'self' data:;connect-src 'self';worker-src 'self' blob:;object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'sha256-def='; style-src-attr 'unsafe-inline';";

describe("the editor's Content-Security-Policy", () => {
  it('adds only what the editor needs to the site policy', () => {
    const policy = editorPolicy(SITE);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc=' 'unsafe-eval'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain('sha256-def=');
    expect(policy).not.toContain('style-src-attr');
    expect(policy).toContain("connect-src 'self' blob: data: https: http://127.0.0.1:* http://localhost:*");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("default-src 'self'");
  });

  it('replaces the meta element of the editor page and leaves a page without one alone', () => {
    const page = `<head><meta http-equiv="content-security-policy" content="${SITE}"></head>`;
    expect(withEditorPolicy(page)).toMatch(/content="[^"]*'unsafe-eval'[^"]*"/);
    expect(withEditorPolicy('<head></head>')).toBe('<head></head>');
  });
});
