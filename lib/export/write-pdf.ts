import { PDFDocument } from "pdf-lib";
import type { ComparisonModel } from "./comparison-model";
import { drawCover } from "./pdf/cover-section";
import { evidenceIndex } from "./pdf/evidence-index";
import { drawEvidence } from "./pdf/evidence-section";
import { drawInclusiveness } from "./pdf/inclusiveness-section";
import { drawMatrix } from "./pdf/matrix-section";
import { sheetFonts } from "./pdf/sheet-fonts";
import { SheetWriter } from "./pdf/sheet-writer";
import { drawWeights } from "./pdf/weights-section";
import type { SheetOptions } from "./sheet-options";

/**
 * The comparison sheet as a brief to attach: page 1 the ranking chart, the leader's margin and
 * the weights that would change the leader; the side-by-side matrix (landscape when it needs
 * the width); inclusiveness; the weight table; the evidence appendix the matrix numbers refer
 * to. Every page carries a footer with "Page n of N" and the view's link. A4 or Letter; the
 * fonts (DejaVu Sans Condensed, Vazirmatn for Arabic script) are embedded as subsets, so every
 * name prints as typed: Arabic and Persian shaped and in right-to-left order, and extracted
 * (copied, searched) in the order typed.
 */
export async function writePdf(model: ComparisonModel, options: Partial<SheetOptions> = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const title = options.title || model.title;
  pdf.setTitle(title);
  pdf.setSubject(`Weights: ${model.label.text}`);
  pdf.setCreator("Gulf Security Architecture Comparator");
  pdf.setCreationDate(new Date(model.generatedAt));
  const { fonts, embed } = sheetFonts(pdf);
  const w = new SheetWriter(pdf, fonts, options.paper ?? "a4");
  const evidence = evidenceIndex(model);

  drawCover(w, model, { title, ...(options.note ? { note: options.note } : {}) });
  drawMatrix(w, model, evidence.numbers);
  drawInclusiveness(w, model);
  drawWeights(w, model);
  drawEvidence(w, model, evidence.entries, evidence.omitted);
  w.footers(title, model.viewUrl);
  await embed();
  return pdf.save();
}
