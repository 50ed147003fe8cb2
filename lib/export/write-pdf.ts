import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { ComparisonModel } from "./comparison-model";

const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, in points
const MARGIN = 36;
const COLUMNS_PER_PAGE = 6;

/** The standard PDF fonts speak WinAnsi: map what the data uses outside it, and mark the rest. */
export function toWinAnsi(text: string, font: PDFFont): string {
  const mapped = text
    .replace(/\u2212/g, "-")
    .replace(/[\u2192]/g, "->")
    .replace(/\u00d7/g, "x");
  let out = "";
  for (const ch of mapped) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += "?";
    }
  }
  return out;
}

function fit(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const signed = (v: number | null, min: number) => (v === null ? "n/a" : min < 0 && v > 0 ? `+${v}` : String(v));

/**
 * A printable comparison sheet (A4 landscape): title, date and the view's settings, the matrix,
 * the ranking and the inclusiveness index. Pure JavaScript with the standard PDF fonts, so
 * nothing is downloaded at run time.
 */
export async function writePdf(model: ComparisonModel): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(model.title);
  pdf.setCreator("Gulf Security Architecture Comparator");
  pdf.setCreationDate(new Date(model.generatedAt));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const ink = rgb(0.1, 0.14, 0.19);
  const soft = rgb(0.35, 0.38, 0.43);
  const text = (s: string, x: number, size: number, font = regular, color = ink) => page.drawText(toWinAnsi(s, font), { x, y, size, font, color });
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN;
  };
  const need = (height: number) => {
    if (y - height < MARGIN) newPage();
  };

  text(model.title, MARGIN, 18, bold);
  y -= 20;
  text(
    `Generated ${model.generatedAt.slice(0, 10)} · ${model.method === "wsm" ? "weighted sum (min-max)" : "TOPSIS (vector)"} · missing values: ${model.missing} · weights: ${model.label.text}`,
    MARGIN,
    9,
    regular,
    soft,
  );
  y -= 12;
  text(toWinAnsi(`View: ${model.viewUrl}`, regular), MARGIN, 8, regular, soft);
  y -= 12;
  for (const s of model.sources) {
    text(`Source: ${s.author}, "${s.title}", ${s.publisher ?? ""} ${s.year}`, MARGIN, 8, regular, soft);
    y -= 11;
  }
  y -= 8;

  // Ranking
  text("Ranking", MARGIN, 12, bold);
  y -= 15;
  if (model.scores) {
    const order = [...model.scores].sort((a, b) => a.rank - b.rank);
    for (const s of order) {
      const f = model.frameworks.find((x) => x.slug === s.slug)!;
      text(`${s.rank}.`, MARGIN, 9, bold);
      text(f.name, MARGIN + 20, 9);
      text(s.score.toFixed(3), MARGIN + 330, 9);
      y -= 12;
    }
  } else {
    text(model.problem ?? "No ranking.", MARGIN, 9);
    y -= 12;
  }
  y -= 8;

  // Inclusiveness index
  need(30 + 12 * model.inclusiveness.length);
  text("Inclusiveness index (from the roles)", MARGIN, 12, bold);
  y -= 15;
  text("Framework", MARGIN, 8, bold);
  text("Littoral states inside", MARGIN + 180, 8, bold);
  text("World powers inside or observing", MARGIN + 320, 8, bold);
  text("Targeted", MARGIN + 500, 8, bold);
  y -= 11;
  for (const p of model.inclusiveness) {
    text(p.shortName, MARGIN, 8);
    text(`${p.index.littoral.inside} of ${p.index.littoral.of}`, MARGIN + 180, 8);
    text(`${p.index.worldPowersEngaged.inside} of ${p.index.worldPowersEngaged.of}`, MARGIN + 320, 8);
    text(p.targeted.join(", ") || "none", MARGIN + 500, 8);
    y -= 11;
  }

  // The matrix, a page per group of framework columns.
  for (let start = 0; start < model.frameworks.length; start += COLUMNS_PER_PAGE) {
    const shown = model.frameworks.slice(start, start + COLUMNS_PER_PAGE);
    newPage();
    const nameWidth = 250;
    const colWidth = Math.min(80, (PAGE.width - 2 * MARGIN - nameWidth - 50) / shown.length);
    const header = () => {
      text("Comparison", MARGIN, 12, bold);
      y -= 16;
      text("Criterion", MARGIN, 8, bold);
      text("Weight", MARGIN + nameWidth, 8, bold);
      shown.forEach((f, k) => text(fit(toWinAnsi(f.shortName, bold), bold, 8, colWidth - 4), MARGIN + nameWidth + 50 + k * colWidth, 8, bold));
      y -= 11;
    };
    header();
    let category = "";
    for (const c of model.criteria) {
      if (y - 24 < MARGIN) {
        newPage();
        header();
      }
      if (c.category !== category) {
        category = c.category;
        text(c.categoryName, MARGIN, 8, bold, soft);
        y -= 11;
      }
      text(fit(toWinAnsi(c.name, regular), regular, 8, nameWidth - 8), MARGIN + 6, 8);
      text(`${(c.normalisedWeight * 100).toFixed(1)}%`, MARGIN + nameWidth, 8);
      shown.forEach((_, k) => text(signed(c.values[start + k] ?? null, c.scale.min), MARGIN + nameWidth + 50 + k * colWidth, 8));
      y -= 10.5;
    }
    if (model.scores) {
      y -= 4;
      text("Score", MARGIN + 6, 8, bold);
      shown.forEach((_, k) => text(model.scores![start + k]!.score.toFixed(3), MARGIN + nameWidth + 50 + k * colWidth, 8, bold));
      y -= 11;
      text("Rank", MARGIN + 6, 8, bold);
      shown.forEach((_, k) => text(String(model.scores![start + k]!.rank), MARGIN + nameWidth + 50 + k * colWidth, 8, bold));
    }
  }
  return pdf.save();
}
