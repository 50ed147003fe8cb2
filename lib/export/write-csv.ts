import Papa from "papaparse";
import { serializeValueFunction } from "../scoring/value-function";
import type { ComparisonModel } from "./comparison-model";
import { csvHeader, FRAMEWORK_SLUG_ROW } from "./sheet-columns";
import { problemText, sheetWords } from "./sheet-words";
import { viewSettings, weightTable, weightTableHeader } from "./view-settings";

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The comparison as CSV: a row per criterion (category, direction, normalised weight, a value
 * per framework; the direction is the view's, as in the Excel sheet: its value function's where
 * it sets one, written as a link's vf writes it, "0=1;1=0.8;2=0" for one given per point), then each framework's status, date, aliases and number of contested cells, its
 * score and rank, then the view's settings (its label, "Custom (from <preset>)" once a weight
 * differs from the preset) and the link's settings it ignored, the full weight table and the evidence: a row per citation of every
 * cell, with its source, revision, lines and quote and the cell's contested mark. UTF-8 with a byte-order mark so that Excel reads the accents and dashes
 * right; quoting by papaparse. The words are in the model's language; numbers, slugs, directions
 * (benefit, cost) and codes are the same in every language, so the sheet imports back whatever its language.
 */
export function writeCsv(model: ComparisonModel): string {
  const words = sheetWords(model.locale);
  const { t } = words;
  const names = model.frameworks.map((f) => f.name);
  const rows: Array<Array<string | number>> = [[...csvHeader(words), ...names]];
  const assumedMark = t("row.assumedMark");
  for (const c of model.criteria) {
    // An analyst's own value where the source is silent is printed with its mark, never as the source's.
    const cell = (v: number | null, i: number) => (v !== null ? v : c.assumed[i] !== null ? `${c.assumed[i]} ${assumedMark}` : "");
    const valueFunction = model.valueFunctions[c.slug];
    const direction = valueFunction ? serializeValueFunction(valueFunction) : c.direction;
    rows.push([c.name, c.slug, c.categoryName, direction, round(c.normalisedWeight), ...c.values.map(cell)]);
  }
  rows.push([]);
  rows.push([t("row.status"), "", "", "", "", ...model.frameworks.map((f) => (f.status ? t(`statuses.${f.status}`) : ""))]);
  rows.push([t("row.announced"), "", "", "", "", ...model.frameworks.map((f) => (f.announced ? words.date(f.announced) : ""))]);
  rows.push([t("row.aliases"), "", "", "", "", ...model.frameworks.map((f) => f.aliases.join("; "))]);
  rows.push([t("row.contestedCells"), "", "", "", "", ...model.frameworks.map((_, i) => model.criteria.filter((c) => c.evidence[i]?.contested).length)]);
  if (model.scores) {
    rows.push([t("column.score"), "", "", "", "", ...model.scores.map((s) => round(s.score))]);
    rows.push([t("column.rank"), "", "", "", "", ...model.scores.map((s) => s.rank)]);
  } else {
    rows.push([t("row.noRanking"), problemText(words, model) ?? ""]);
  }
  rows.push([FRAMEWORK_SLUG_ROW, "", "", "", "", ...model.frameworks.map((f) => f.slug)]);
  rows.push([]);
  // Method, missing-value policy, preference and value functions carry their code too (wsm, mean, a link's pf and vf), which an import reads back.
  for (const { label, value, code } of viewSettings(model)) rows.push(code !== undefined ? [label, code, value] : [label, value]);
  rows.push([t("settings.view"), model.viewUrl]);
  for (const notice of model.notices) rows.push([t("settings.ignored"), words.notice(notice)]);
  rows.push([]);
  rows.push(weightTableHeader(words));
  for (const w of weightTable(model)) rows.push([w.name, w.slug, w.categoryName, w.criterionWeight, w.categoryWeight, round(w.effective), w.good]);
  rows.push([]);
  rows.push(EVIDENCE_COLUMNS.map((key) => t(`column.${key}`)));
  rows.push(...evidenceRows(model));
  // A cell that starts with = + - @ tab or CR would run as a formula in a spreadsheet (a framework
  // named =HYPERLINK(...)): papaparse prefixes such text with an apostrophe; numbers stay numbers.
  return BYTE_ORDER_MARK + Papa.unparse(rows, { newline: "\r\n", escapeFormulae: true });
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

const EVIDENCE_COLUMNS = ["framework", "criterion", "value", "confidence", "contested", "contestedNote", "source", "revision", "lines", "quote"] as const;

/** A row per citation of every cell (a cell citing two sources has two rows), with the cell's contested mark and note. */
function evidenceRows(model: ComparisonModel): Array<Array<string | number>> {
  const { t } = sheetWords(model.locale);
  return model.frameworks.flatMap((f, i) =>
    model.criteria.flatMap((c) => {
      const e = c.evidence[i];
      if (!e) return [];
      return e.citations.map((citation) => [
        f.shortName,
        c.name,
        c.values[i] ?? "",
        t(`confidence.${e.confidence}`),
        e.contested ? t("row.contested") : "",
        e.contestedNote ?? "",
        citation.document,
        citation.revision ?? "",
        `${citation.lineStart}-${citation.lineEnd}`,
        citation.quote,
      ]);
    }),
  );
}
