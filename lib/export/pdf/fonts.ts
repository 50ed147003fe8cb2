import fs from "node:fs";
import path from "node:path";

/**
 * The sheet's two typefaces, both from npm (docs/decisions/009-pdf-scripts.md):
 * - DejaVu Sans Condensed (`dejavu-fonts-ttf`, Bitstream Vera licence): Latin, Greek, Cyrillic
 *   and the sheet's symbols (●○ ↑↓ · — …), narrow enough for the matrix;
 * - Vazirmatn, its Arabic-only cut (`vazirmatn`, OFL): Arabic and Persian letters, Arabic-Indic
 *   and Persian digits, with the joining forms and the lam-alef ligatures in its tables.
 * Read once per process; the sheet embeds only the glyphs it draws (subsets).
 */
export type FontFiles = { regular: Uint8Array; bold: Uint8Array };
export type FontFamilyFiles = { latin: FontFiles; arabic: FontFiles };

const MODULES = path.join(process.cwd(), "node_modules");
const DEJAVU = path.join(MODULES, "dejavu-fonts-ttf", "ttf");
const VAZIRMATN = path.join(MODULES, "vazirmatn", "misc", "Non-Latin", "fonts", "ttf");
let cached: FontFamilyFiles | null = null;

export function pdfFontFiles(): FontFamilyFiles {
  cached ??= {
    latin: {
      regular: fs.readFileSync(path.join(DEJAVU, "DejaVuSansCondensed.ttf")),
      bold: fs.readFileSync(path.join(DEJAVU, "DejaVuSansCondensed-Bold.ttf")),
    },
    arabic: {
      regular: fs.readFileSync(path.join(VAZIRMATN, "Vazirmatn-NL-Regular.ttf")),
      bold: fs.readFileSync(path.join(VAZIRMATN, "Vazirmatn-NL-Bold.ttf")),
    },
  };
  return cached;
}
