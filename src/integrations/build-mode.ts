/**
 * Preview builds (`npm run preview:drafts`, or ARCHIVE_DRAFTS=1) include drafts and entries
 * awaiting review, each under a visible banner; public builds never do.
 */
export function includeDrafts(): boolean {
  return process.env['ARCHIVE_DRAFTS'] === '1';
}

/**
 * Posters and share cards for every entry (the default). ARCHIVE_ENTRY_IMAGES=0 leaves them out,
 * so that every page shares the site's card: for development and for scale tests, where
 * drawing thousands of images would dominate the build.
 */
export function entryShareImages(): boolean {
  return process.env['ARCHIVE_ENTRY_IMAGES'] !== '0';
}
