import fs from "node:fs";
import path from "node:path";

/**
 * DejaVu Sans Condensed (assets/fonts, Bitstream Vera licence): Latin, Greek, Cyrillic and
 * Arabic, so every name and source title prints as typed. Read once per process; pdf-lib
 * embeds only the glyphs a sheet uses (subset).
 */
type FontFiles = { regular: Uint8Array; bold: Uint8Array };

const FONT_DIR = path.join(process.cwd(), "assets", "fonts");
let cached: FontFiles | null = null;

export function pdfFontFiles(): FontFiles {
  cached ??= {
    regular: fs.readFileSync(path.join(FONT_DIR, "DejaVuSansCondensed.ttf")),
    bold: fs.readFileSync(path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf")),
  };
  return cached;
}
