import Papa from "papaparse";
import type { PanelResult } from "../domain/panel";

/**
 * A panel's result as CSV: a row per criterion (group weight, then min, max and standard
 * deviation of the members' weights), then the group's ranking beside each member's, and the
 * agreement (Kendall's W). Formula-like text is neutralised, as in every sheet this tool writes.
 */
export function panelResultCsv(title: string, result: PanelResult): string {
  return `\uFEFF${Papa.unparse(panelResultRows(title, result), { newline: "\r\n", escapeFormulae: true })}`;
}

/** The rows of a panel's result, for the CSV and for the Excel workbook's "Panel" sheet. */
export function panelResultRows(title: string, result: PanelResult): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [["Panel", title], ["Members who answered", result.members], ["Aggregation", result.aggregation], []];
  rows.push(["Criterion", "Group weight", "Lowest member weight", "Highest member weight", "Standard deviation"]);
  for (const c of result.criteria) {
    const s = result.spread[c]!;
    rows.push([c, result.weights[c] ?? "", s.min, s.max, s.sd]);
  }
  rows.push([]);
  rows.push(["Rank", "Group", ...result.memberRankings.map((m) => m.member)]);
  result.groupRanking.forEach((slug, i) => rows.push([i + 1, slug, ...result.memberRankings.map((m) => m.ranking[i] ?? "")]));
  rows.push([]);
  rows.push(["Kendall's W", result.concordance ?? "", result.concordanceInWords]);
  return rows;
}
