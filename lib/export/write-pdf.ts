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
import { sheetWords } from "./sheet-words";

/**
 * The comparison sheet as a brief to attach: page 1 the ranking chart, the leader's margin and
 * the weights that would change the leader; the side-by-side matrix (landscape when it needs
 * the width); inclusiveness; the weight table; the evidence appendix the matrix numbers refer
 * to. Every page carries a footer with "Page n of N" and the view's link. Its words are in the
 * model's language, an Arabic or Persian sheet laid out right to left (sheet-writer.ts); its
 * numbers keep Latin digits, as the CSV and Excel sheets do. A4 or Letter; the
 * fonts (DejaVu Sans Condensed, Vazirmatn for Arabic script) are embedded as subsets, so every
 * name prints as typed: Arabic and Persian shaped and in right-to-left order, and extracted
 * (copied, searched) in the order typed.
 */
export async function writePdf(model: ComparisonModel, options: Partial<SheetOptions> = {}): Promise<Uint8Array> {
  const words = sheetWords(model.locale);
  const pdf = await PDFDocument.create();
  const title = options.title || model.title;
  pdf.setTitle(title);
  pdf.setSubject(words.t("pdf.subject", { label: model.label.text }));
  if (words.locale !== "en") pdf.setLanguage(words.locale);
  pdf.setCreator("Gulf Security Architecture Comparator");
  pdf.setCreationDate(new Date(model.generatedAt));
  const { fonts, embed } = sheetFonts(pdf);
  const w = new SheetWriter(pdf, fonts, options.paper ?? "a4", words.direction);
  const evidence = evidenceIndex(model);

  drawCover(w, model, { title, ...(options.note ? { note: options.note } : {}) });
  drawMatrix(w, model, evidence.numbers);
  drawInclusiveness(w, model);
  drawWeights(w, model);
  drawEvidence(w, model, evidence.entries, evidence.omitted);
  w.footers(title, model.viewUrl, (page, total) => words.t("pdf.page", { page: String(page), total: String(total) }));
  await embed();
  return pdf.save();
}
