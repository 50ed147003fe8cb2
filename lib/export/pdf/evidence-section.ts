import { citationPlace } from "../../citations/citation-href";
import { formatValue } from "../../domain/labels";
import type { ComparisonModel } from "../comparison-model";
import type { EvidenceEntry } from "./evidence-index";
import { isolate } from "./line-layout";
import { MARGIN, SOFT, type SheetWriter } from "./sheet-writer";

/** The appendix: each value's rationale and quotes with source and lines, numbered as in the matrix. */
export function drawEvidence(w: SheetWriter, model: ComparisonModel, entries: readonly EvidenceEntry[], omitted: number): void {
  w.newPage(false, "Evidence");
  w.heading("Evidence appendix");
  w.note("Each value's rationale and the source's words, numbered as in the matrix; lines are those of the source's text in this tool.");
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
    const title = `${isolate(f.shortName)} · ${isolate(c.name)}: ${value === null ? "no value (the source is silent)" : formatValue(value, c.scale.min)} · ${e.confidence} confidence`;
    w.paragraph(title, indent, width, { size: 8.5, bold: true }, 10.5);
    if (e.rationale) w.paragraph(e.rationale, indent, width, { size: 8 }, 10);
    if (e.contested) w.paragraph(`Contested: ${isolate(e.contestedNote ?? "its sources disagree")}`, indent, width, { size: 8, bold: true }, 10);
    for (const citation of e.citations) {
      const source = sources.get(citation.document);
      w.paragraph(`“${citation.quote}”`, indent + 8, width - 8, { size: 7.5, color: SOFT }, 9.5);
      w.paragraph(
        `— ${isolate(source ? `${source.author} ${source.year}` : citation.document)}, ${citationPlace(citation)}`,
        indent + 8,
        width - 8,
        { size: 7.5 },
        9.5,
      );
    }
  }
  if (omitted > 0) {
    w.y -= 6;
    w.paragraph(
      `${omitted} more values have evidence that this appendix leaves out to stay printable; the Excel export's Evidence sheet holds every one.`,
      MARGIN,
      w.contentWidth,
      { size: 8.5, bold: true },
    );
  }
}
