import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPath, qrSvg } from '../../src/lib/qr.ts';
import { decodeQr } from '../helpers/images.ts';

describe('QR codes', () => {
  it('draw an SVG that a scanner reads back as the URL', async () => {
    const url = 'https://xiangxian.example.org/worthies/xiang-yu/';
    const png = new Resvg(qrSvg(url), { fitTo: { mode: 'width', value: 296 } }).render().asPng();
    expect(await decodeQr(png)).toBe(url);
  });

  it('draw runs of dark modules as rectangles inside a quiet zone', () => {
    const matrix = { size: 3, isDark: (row: number, column: number) => row === 0 || column === 2 };
    expect(qrPath(matrix, 2)).toBe('M2 2h3v1h-3zM4 3h1v1h-1zM4 4h1v1h-1z');
  });

  it('are black on white, hidden from screen readers unless labelled', () => {
    const svg = qrSvg('https://example.org/');
    expect(svg).toContain('<rect width="29" height="29" fill="#fff"/>');
    expect(svg).toContain('aria-hidden="true"');
    expect(qrSvg('https://example.org/', { label: '「项羽」的二维码' })).toContain(
      'role="img" aria-label="「项羽」的二维码"',
    );
    expect(qrMatrix('https://example.org/').size).toBe(25);
  });
});
