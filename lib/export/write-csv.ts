import Papa from "papaparse";
import { PREFERENCES_SETTING, serializePreferences } from "../compare/preference-functions";
import { serializeValueFunctions, VALUE_FUNCTIONS_SETTING } from "../compare/value-functions";
import { formatAnnounced, STATUS_LABELS } from "../domain/labels";
import type { ComparisonModel } from "./comparison-model";
import { CSV_HEADER, FRAMEWORK_SLUG_ROW, settingCodes } from "./sheet-columns";
import { ASSUMED_MARK, viewSettings, WEIGHT_TABLE_HEADER, weightTable } from "./view-settings";

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The comparison as CSV: a row per criterion (category, direction, normalised weight, a value
 * per framework), then each framework's status, date, aliases and number of contested cells, its
 * score and rank, then the view's settings (its label, "Custom (from <preset>)" once a weight
 * differs from the preset), the full weight table and the evidence: a row per citation of every
 * cell, with its source, revision, lines and quote and the cell's contested mark. UTF-8 with a byte-order mark so that Excel reads the accents and dashes
 * right; quoting by papaparse.
 */
export function writeCsv(model: ComparisonModel): string {
  const names = model.frameworks.map((f) => f.name);
  const rows: Array<Array<string | number>> = [[...CSV_HEADER, ...names]];
  for (const c of model.criteria) {
    // An analyst's own value where the source is silent is printed with its mark, never as the source's.
    const cell = (v: number | null, i: number) => (v !== null ? v : c.assumed[i] !== null ? `${c.assumed[i]} ${ASSUMED_MARK}` : "");
    rows.push([c.name, c.slug, c.categoryName, c.direction, round(c.normalisedWeight), ...c.values.map(cell)]);
  }
  rows.push([]);
  rows.push(["Status", "", "", "", "", ...model.frameworks.map((f) => (f.status ? STATUS_LABELS[f.status] : ""))]);
  rows.push(["Announced", "", "", "", "", ...model.frameworks.map((f) => (f.announced ? formatAnnounced(f.announced) : ""))]);
  rows.push(["Also known as", "", "", "", "", ...model.frameworks.map((f) => f.aliases.join("; "))]);
  rows.push(["Contested cells", "", "", "", "", ...model.frameworks.map((_, i) => model.criteria.filter((c) => c.evidence[i]?.contested).length)]);
  if (model.scores) {
    rows.push(["Score", "", "", "", "", ...model.scores.map((s) => round(s.score))]);
    rows.push(["Rank", "", "", "", "", ...model.scores.map((s) => s.rank)]);
  } else {
    rows.push(["No ranking", model.problem ?? ""]);
  }
  rows.push([FRAMEWORK_SLUG_ROW, "", "", "", "", ...model.frameworks.map((f) => f.slug)]);
  rows.push([]);
  // Method, missing-value policy, preference and value functions carry their code too (wsm, mean, a link's pf and vf), which an import reads back.
  const codes: Record<string, string> = {
    ...settingCodes(model),
    [PREFERENCES_SETTING]: serializePreferences(model.preferences),
    [VALUE_FUNCTIONS_SETTING]: serializeValueFunctions(model.valueFunctions),
  };
  for (const [key, value] of viewSettings(model)) rows.push(key in codes ? [key, codes[key]!, value] : [key, value]);
  rows.push(["View", model.viewUrl]);
  rows.push([]);
  rows.push([...WEIGHT_TABLE_HEADER]);
  for (const w of weightTable(model)) rows.push([w.name, w.slug, w.categoryName, w.criterionWeight, w.categoryWeight, round(w.effective), w.good]);
  rows.push([]);
  rows.push([...EVIDENCE_HEADER]);
  rows.push(...evidenceRows(model));
  // A cell that starts with = + - @ tab or CR would run as a formula in a spreadsheet (a framework
  // named =HYPERLINK(...)): papaparse prefixes such text with an apostrophe; numbers stay numbers.
  return BYTE_ORDER_MARK + Papa.unparse(rows, { newline: "\r\n", escapeFormulae: true });
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

const EVIDENCE_HEADER = ["Framework", "Criterion", "Value", "Confidence", "Contested", "Contested note", "Source", "Revision", "Lines", "Quote"] as const;

/** A row per citation of every cell (a cell citing two sources has two rows), with the cell's contested mark and note. */
function evidenceRows(model: ComparisonModel): Array<Array<string | number>> {
  return model.frameworks.flatMap((f, i) =>
    model.criteria.flatMap((c) => {
      const e = c.evidence[i];
      if (!e) return [];
      return e.citations.map((citation) => [
        f.shortName,
        c.name,
        c.values[i] ?? "",
        e.confidence,
        e.contested ? "contested" : "",
        e.contestedNote ?? "",
        citation.document,
        citation.revision ?? "",
        `${citation.lineStart}-${citation.lineEnd}`,
        citation.quote,
      ]);
    }),
  );
}
