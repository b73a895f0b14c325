import { describe, expect, it } from 'vitest';
import { rawMarksIn } from '../../helpers/raw-marks.ts';

describe('rawMarksIn', () => {
  it.each([
    ['bold marks in text', '<p>**标题。**正文</p>', 2],
    ['strikethrough marks in text', '<p>前~~删~~后</p>', 1],
    ['marks inside code', '<p><code>**x**</code></p>', 0],
    ['marks inside a script', '<script>a__b</script><p>正文</p>', 0],
    ['marks inside an attribute', '<p class="a__b">正文</p>', 0],
    ['rendered emphasis', '<p><strong>标题。</strong>正文</p>', 0],
  ])('%s', (_case, html, count) => {
    expect(rawMarksIn(html).length > 0).toBe(count > 0);
  });
});
