/** A broken entry stops the build, and the error names the file, the line, the field and the fix. */
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture-archive.ts';
import { buildFixtureSite } from '../helpers/fixture-build.ts';

describe('a broken archive', () => {
  it('fails the build with the file, the line and a fix in Chinese', async () => {
    const { content } = fixtureCopy('inconsistent-date');
    await expect(buildFixtureSite(content)).rejects.toThrow(
      /content\/worthies\/wang-mou\.mdx[\s\S]*第 6 行[\s\S]*「生年」[\s\S]*1743[\s\S]*1744[\s\S]*不一致/,
    );
  });
});
