import Papa from "papaparse";
import { formatAnnounced, STATUS_LABELS } from "../domain/labels";
import type { ComparisonModel } from "./comparison-model";

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The comparison as CSV: a row per criterion (category, direction, normalised weight, a value
 * per framework), then each framework's status, date and aliases, and its score and rank. UTF-8 with a byte-order mark so that
 * Excel reads the accents and dashes right; quoting by papaparse.
 */
export function writeCsv(model: ComparisonModel): string {
  const names = model.frameworks.map((f) => f.name);
  const rows: Array<Array<string | number>> = [["Criterion", "Slug", "Category", "Direction", "Weight (normalised)", ...names]];
  for (const c of model.criteria) {
    rows.push([c.name, c.slug, c.categoryName, c.direction, round(c.normalisedWeight), ...c.values.map((v) => (v === null ? "" : v))]);
  }
  rows.push([]);
  rows.push(["Status", "", "", "", "", ...model.frameworks.map((f) => (f.status ? STATUS_LABELS[f.status] : ""))]);
  rows.push(["Announced", "", "", "", "", ...model.frameworks.map((f) => (f.announced ? formatAnnounced(f.announced) : ""))]);
  rows.push(["Also known as", "", "", "", "", ...model.frameworks.map((f) => f.aliases.join("; "))]);
  if (model.scores) {
    rows.push(["Score", "", "", "", "", ...model.scores.map((s) => round(s.score))]);
    rows.push(["Rank", "", "", "", "", ...model.scores.map((s) => s.rank)]);
  } else {
    rows.push(["No ranking", model.problem ?? ""]);
  }
  rows.push(["Method", model.method, "Missing values", model.missing, "Weights", model.preset.title]);
  // A cell that starts with = + - @ tab or CR would run as a formula in a spreadsheet (a framework
  // named =HYPERLINK(...)): papaparse prefixes such text with an apostrophe; numbers stay numbers.
  return BYTE_ORDER_MARK + Papa.unparse(rows, { newline: "\r\n", escapeFormulae: true });
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;
