/**
 * Preview builds (`npm run preview:drafts`, or ARCHIVE_DRAFTS=1) include drafts and entries
 * awaiting review, each under a visible banner; public builds never do.
 */
export function includeDrafts(): boolean {
  return process.env['ARCHIVE_DRAFTS'] === '1';
}
