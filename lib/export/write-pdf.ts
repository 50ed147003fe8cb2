import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont } from "pdf-lib";
import type { ComparisonModel } from "./comparison-model";
import { drawCover } from "./pdf/cover-section";
import { evidenceIndex } from "./pdf/evidence-index";
import { drawEvidence } from "./pdf/evidence-section";
import { pdfFontFiles } from "./pdf/fonts";
import { drawInclusiveness } from "./pdf/inclusiveness-section";
import { drawMatrix } from "./pdf/matrix-section";
import { SheetWriter } from "./pdf/sheet-writer";
import { drawWeights } from "./pdf/weights-section";
import type { SheetOptions } from "./sheet-options";

/**
 * The comparison sheet as a brief to attach: page 1 the ranking chart, the leader's margin and
 * the weights that would change the leader; the side-by-side matrix (landscape when it needs
 * the width); inclusiveness; the weight table; the evidence appendix the matrix numbers refer
 * to. Every page carries a footer with "Page n of N" and the view's link. A4 or Letter; the
 * fonts (DejaVu Sans Condensed) are embedded as subsets, so every name prints as typed.
 */
export async function writePdf(model: ComparisonModel, options: Partial<SheetOptions> = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const title = options.title || model.title;
  pdf.setTitle(title);
  pdf.setSubject(`Weights: ${model.label.text}`);
  pdf.setCreator("Gulf Security Architecture Comparator");
  pdf.setCreationDate(new Date(model.generatedAt));
  const files = pdfFontFiles();
  // Kerning and Latin ligatures off: they cost most of fontkit's time per string and a sheet of
  // names and numbers does not need them; Arabic joining (by script) and marks stay on.
  const features = { kern: false, liga: false, calt: false, clig: false } as unknown as NonNullable<Parameters<PDFDocument["embedFont"]>[1]>["features"];
  const fonts = {
    regular: remembered(await pdf.embedFont(files.regular, { subset: true, features })),
    bold: remembered(await pdf.embedFont(files.bold, { subset: true, features })),
  };
  const w = new SheetWriter(pdf, fonts, options.paper ?? "a4");
  const evidence = evidenceIndex(model);

  drawCover(w, model, { title, ...(options.note ? { note: options.note } : {}) });
  drawMatrix(w, model, evidence.numbers);
  drawInclusiveness(w, model);
  drawWeights(w, model);
  drawEvidence(w, model, evidence.entries, evidence.omitted);
  w.footers(title, model.viewUrl);
  return pdf.save();
}

/**
 * Encodes each distinct text once: a matrix repeats the same few values ("+2", "●●○") thousands
 * of times, and fontkit shapes a string afresh on every call. The glyphs a text uses join the
 * subset on its first encoding, so a remembered encoding stays valid.
 */
function remembered(font: PDFFont): PDFFont {
  const encode = font.encodeText.bind(font);
  const cache = new Map<string, ReturnType<PDFFont["encodeText"]>>();
  font.encodeText = (text: string) => {
    let encoded = cache.get(text);
    if (!encoded) {
      encoded = encode(text);
      cache.set(text, encoded);
    }
    return encoded;
  };
  return font;
}
