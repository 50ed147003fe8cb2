import { formatValue } from "../../domain/labels";
import type { ComparisonModel } from "../comparison-model";
import { sheetWords, type SheetWords } from "../sheet-words";
import type { EvidenceEntry } from "./evidence-index";
import { isolate } from "./line-layout";
import { MARGIN, SOFT, type SheetWriter } from "./sheet-writer";

/** The appendix: each value's rationale and quotes with source and lines, numbered as in the matrix. */
export function drawEvidence(w: SheetWriter, model: ComparisonModel, entries: readonly EvidenceEntry[], omitted: number): void {
  const words = sheetWords(model.locale);
  const { t } = words;
  w.newPage(false, t("pdf.sections.evidence"));
  w.heading(t("pdf.evidenceHeading"));
  w.note(t("pdf.evidenceNote"));
  const sources = new Map(model.sources.map((s) => [s.slug, s]));
  for (const s of model.sources)
    w.paragraph(
      `${isolate(s.author)} ${s.year}: “${isolate(s.title)}”${s.publisher ? `, ${isolate(s.publisher)}` : ""}.`,
      MARGIN,
      w.contentWidth,
      { size: 7.5 },
      9.5,
    );
  const indent = MARGIN + 24;
  const width = w.contentWidth - 24;
  for (const entry of entries) {
    const c = model.criteria[entry.criterion]!;
    const f = model.frameworks[entry.framework]!;
    const e = c.evidence[entry.framework]!;
    const value = c.values[entry.framework] ?? null;
    w.need(34);
    w.y -= 4;
    w.text(String(entry.number), MARGIN, { size: 8.5, bold: true });
    const title = t("pdf.entry", {
      framework: isolate(f.shortName),
      criterion: isolate(c.name),
      value: value === null ? t("pdf.silent") : formatValue(value, c.scale.min),
      confidence: e.confidence,
    });
    w.paragraph(title, indent, width, { size: 8.5, bold: true }, 10.5);
    if (e.rationale) w.paragraph(e.rationale, indent, width, { size: 8 }, 10);
    if (e.contested) w.paragraph(t("pdf.contested", { note: isolate(e.contestedNote ?? t("pdf.disagree")) }), indent, width, { size: 8, bold: true }, 10);
    for (const citation of e.citations) {
      const source = sources.get(citation.document);
      w.paragraph(`“${citation.quote}”`, indent + 8, width - 8, { size: 7.5, color: SOFT }, 9.5);
      w.paragraph(
        t("pdf.citation", { source: isolate(source ? `${source.author} ${source.year}` : citation.document), place: citationPlace(citation, words) }),
        indent + 8,
        width - 8,
        { size: 7.5 },
        9.5,
      );
    }
  }
  if (omitted > 0) {
    w.y -= 6;
    w.paragraph(t("pdf.omitted", { count: String(omitted) }), MARGIN, w.contentWidth, { size: 8.5, bold: true });
  }
}

/** "revision 2, lines 10–12", or the lines alone for a source with one text (lib/citations/citation-href's citationPlace, in the sheet's language). */
function citationPlace(c: { revision?: number; lineStart: number; lineEnd: number }, { t }: SheetWords): string {
  const lines = c.lineEnd > c.lineStart ? t("pdf.lines", { from: String(c.lineStart), to: String(c.lineEnd) }) : t("pdf.line", { line: String(c.lineStart) });
  return c.revision !== undefined && c.revision > 1 ? t("pdf.revision", { revision: String(c.revision), lines }) : lines;
}
