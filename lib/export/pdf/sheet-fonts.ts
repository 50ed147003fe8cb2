import type { TypeFeatures } from "@pdf-lib/fontkit";
import type { PDFDocument } from "pdf-lib";
import { EmbeddedFont } from "./embedded-font";
import { pdfFontFiles } from "./fonts";
import type { FontPair } from "./line-layout";

/** Latin: kerning and ligatures off (a sheet of names and numbers does without them, and plain text then skips fontkit's layout). */
const LATIN_FEATURES = { kern: false, liga: false, calt: false, clig: false } as TypeFeatures;
/** Arabic script: the font's own features (joining forms, lam-alef, marks, kerning). */
const ARABIC_FEATURES = {} as TypeFeatures;

/**
 * The sheet's fonts for `pdf`, regular and bold, each a Latin and an Arabic-script font; `embed`
 * writes them (the glyphs drawn, subset) once the last text is drawn.
 */
export function sheetFonts(pdf: PDFDocument): { fonts: { regular: FontPair; bold: FontPair }; embed: () => Promise<void> } {
  const files = pdfFontFiles();
  const all: EmbeddedFont[] = [];
  const font = (data: Uint8Array, features: TypeFeatures) => {
    const embedded = new EmbeddedFont(pdf, data, features);
    all.push(embedded);
    return embedded;
  };
  const fonts = {
    regular: { latin: font(files.latin.regular, LATIN_FEATURES), arabic: font(files.arabic.regular, ARABIC_FEATURES) },
    bold: { latin: font(files.latin.bold, LATIN_FEATURES), arabic: font(files.arabic.bold, ARABIC_FEATURES) },
  };
  // Subset tags: six capitals, one per font of the file.
  const embed = async () => void (await Promise.all(all.map((f, i) => f.embed(`GSACF${String.fromCharCode(65 + i)}`))));
  return { fonts, embed };
}
