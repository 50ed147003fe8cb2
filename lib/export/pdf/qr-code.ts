import QRCode from "qrcode";
import { rgb, type PDFPage } from "pdf-lib";

/**
 * The longest link drawn as a code (version 26, 121 modules a side): at the cover's 84 pt a
 * module is then a quarter of a millimetre, about what a phone's camera still reads; past
 * about 2,300 characters no QR code holds a link at all.
 */
const MAX_QR_TEXT = 1000;

/**
 * Draws a QR code of `text` as filled squares (vector, so it prints sharp at any size) with
 * its bottom-left corner at (x, y) and the given side, quiet zone included. False, and nothing
 * drawn, for a text too long to scan (the link is printed in full beside it anyway).
 */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, side: number): boolean {
  if (text.length > MAX_QR_TEXT) return false;
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = side / (n + 2 * quiet);
  page.drawRectangle({ x, y, width: side, height: side, color: rgb(1, 1, 1) });
  const black = rgb(0, 0, 0);
  for (let row = 0; row < n; row++) {
    // Runs of dark modules in a row as one rectangle: fewer drawing operators.
    let start = -1;
    for (let col = 0; col <= n; col++) {
      const dark = col < n && qr.modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        page.drawRectangle({ x: x + (quiet + start) * cell, y: y + side - (quiet + row + 1) * cell, width: (col - start) * cell, height: cell, color: black });
        start = -1;
      }
    }
  }
  return true;
}
