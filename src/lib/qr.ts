/**
 * QR codes for printed entries and posters, drawn as one SVG path of whole modules so that they
 * stay sharp at any size and scan from paper. Black on white always: a QR code in a dark theme's
 * colours is one many phone scanners cannot read.
 */
import QRCode from 'qrcode';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  isDark: (row: number, column: number) => boolean;
}

/** Modules of white border around the code; the standard asks for 4, scanners manage with 2 on paper. */
export const QR_QUIET_ZONE = 2;

/** The code's modules for a text (a URL), at error correction M (15% damage tolerated). */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) === 1 };
}

/** Path data drawing the dark modules, a run of adjacent modules per rectangle, offset by `margin`. */
export function qrPath(matrix: QrMatrix, margin = QR_QUIET_ZONE): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column++;
      parts.push(`M${start + margin} ${row + margin}h${column - start}v1h${start - column}z`);
    }
  }
  return parts.join('');
}

/**
 * A standalone SVG of the code. `label` names it for screen readers (role="img"); without a label
 * the code is decorative (the URL is printed beside it) and hidden from them.
 */
export function qrSvg(text: string, options: { label?: string | undefined; margin?: number } = {}): string {
  const margin = options.margin ?? QR_QUIET_ZONE;
  const matrix = qrMatrix(text);
  const side = matrix.size + 2 * margin;
  const a11y = options.label
    ? `role="img" aria-label="${escapeAttribute(options.label)}"`
    : 'aria-hidden="true" focusable="false"';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" ${a11y} shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(matrix, margin)}"/></svg>`
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
