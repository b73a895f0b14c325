/** A preview build (ARCHIVE_DRAFTS=1) shows drafts, each under a banner that says it is not public. */
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../helpers/fixture-archive.ts';
import { buildFixtureSite } from '../helpers/fixture-build.ts';

describe('a preview build', () => {
  it('includes drafts under a banner, and marks published entries with none', async () => {
    const preview = await buildFixtureSite(FIXTURE_CONTENT, { ARCHIVE_DRAFTS: '1' });
    const draft = preview.page('/worthies/zhao-mou/') ?? '';
    expect(draft).toContain('未发布草稿标记');
    expect(draft).toMatch(/class="draft-banner[^"]*"[^>]*>\s*草稿预览：本条目状态为「草稿」/);
    expect(preview.page('/worthies/wang-mou/')).not.toMatch(/class="draft-banner/);
  });
});
