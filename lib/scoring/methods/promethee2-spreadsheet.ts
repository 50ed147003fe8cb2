import type { PreferenceFunction } from "../promethee";
import type { SheetCriterionRow } from "./spreadsheet";

/**
 * A cell of PROMETHEE II's scored block as a formula: the alternative's net flow on one
 * criterion, (sum_b P(d_b) - sum_b P(-d_b)) / (n - 1) with d_b its advantage over each other
 * alternative b (the row's own cell gives d = 0, P = 0). SUMPRODUCT evaluates the row
 * element by element; comparisons stand in for IF, which would need an array formula in Excel.
 * The thresholds are read from the row's helper cells (q, p, s), so editing them recomputes.
 */
export function netFlowFormula(row: SheetCriterionRow, value: string, type: PreferenceFunction["type"]): string {
  const sign = `IF(${row.direction}="benefit",1,-1)`;
  const [q, p, s] = [row.helper(1), row.helper(2), row.helper(3)];
  const preferenceOf = (d: string): string => {
    switch (type) {
      case "ushape":
        return `(${d}>${q})*1`;
      case "vshape":
        return `(${d}>0)*((${d}<=${p})*${d}/${p}+(${d}>${p}))`;
      case "level":
        return `(${d}>${q})*0.5+(${d}>${p})*0.5`;
      case "linear":
        return `(${d}>${q})*((${d}<=${p})*(${d}-${q})/(${p}-${q})+(${d}>${p}))`;
      case "gaussian":
        return `(${d}>0)*(1-EXP(-(${d}^2)/(2*${s}^2)))`;
      case "usual":
        return `(${d}>0)*1`;
    }
  };
  const ahead = `(${sign}*(${value}-${row.filledRange}))`;
  const behind = `(${sign}*(${row.filledRange}-${value}))`;
  const flow = `(SUMPRODUCT(${preferenceOf(ahead)})-SUMPRODUCT(${preferenceOf(behind)}))/(COLUMNS(${row.filledRange})-1)`;
  // With q = p the linear function is a U-shape, and (d - q) / (p - q) would divide by zero.
  return type === "linear" ? `IF(${p}>${q},${flow},(SUMPRODUCT((${ahead}>${q})*1)-SUMPRODUCT((${behind}>${q})*1))/(COLUMNS(${row.filledRange})-1))` : flow;
}
