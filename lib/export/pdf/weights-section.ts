import { formatPercent } from "../../compare/format";
import type { ComparisonModel } from "../comparison-model";
import { sheetWords } from "../sheet-words";
import { viewSettings, weightTable } from "../view-settings";
import { isolate } from "./line-layout";
import { MARGIN, type SheetWriter } from "./sheet-writer";

/** The full weight table: each criterion's own weight, its category's and the effective share, with the settings that made the ranking. */
export function drawWeights(w: SheetWriter, model: ComparisonModel): void {
  const { t } = sheetWords(model.locale);
  w.newPage(false, t("pdf.sections.weights"));
  w.heading(t("pdf.weightsHeading", { label: isolate(model.label.text) }));
  for (const { label, value } of viewSettings(model)) {
    w.need(11);
    w.text(`${label}:`, MARGIN, { size: 8.5, bold: true });
    w.text(w.fit(value, w.contentWidth - 130, { size: 8.5 }), MARGIN + 130, { size: 8.5 });
    w.y -= 11;
  }
  w.note(t("pdf.weightsNote"));
  w.y -= 4;
  const cols = [MARGIN, MARGIN + 230, MARGIN + 360, MARGIN + 420, MARGIN + 480];
  const head = () => {
    [t("column.criterion"), t("column.category"), t("pdf.weight"), t("pdf.catWeight"), t("pdf.effective")].forEach((h, k) =>
      w.text(h, cols[k]!, { size: 7.5, bold: true }),
    );
    w.y -= 12;
  };
  head();
  for (const row of weightTable(model)) {
    if (w.need(11)) head();
    const style = { size: 8, bold: row.changed };
    w.text(w.fit(row.changed ? `* ${isolate(row.name)}` : row.name, 225, style), cols[0]!, style);
    w.text(w.fit(row.categoryName, 125, { size: 8 }), cols[1]!, { size: 8 });
    w.text(String(row.criterionWeight), cols[2]!, style);
    w.text(String(row.categoryWeight), cols[3]!, style);
    w.text(formatPercent(row.effective), cols[4]!, style);
    w.y -= 11;
    if (row.ownValue) {
      w.need(9);
      w.text(w.fit(t("pdf.whatIsGood", { good: row.good }), w.contentWidth - 12, { size: 7 }), cols[0]! + 10, { size: 7 });
      w.y -= 9;
    }
  }
}
