import type { IssueReport } from "../domain/format-issues";
import { WEIGHT_MAX } from "../domain/preset";
import { readSlug, SLUG_HEADER } from "../export/sheet-columns";
import { criterionIssue, type SheetPlace, sheetIssue, weightOutOfRange } from "./import-issue";
import { english, LABELS } from "./sheet-labels";

/**
 * The weight table a CSV sheet carries under its settings (lib/export/write-csv): each
 * criterion's own weight and its category's, the view's real inputs, and the effective share
 * worked out from them, which the sheet's "Weight (normalised)" column repeats. A CSV has no
 * formulas: an analyst who changes an input leaves both worked-out columns as they were.
 */

/** A row of the sheet as read: its line in the file and its cells. */
export type CsvRow = { line: number; cells: string[] };

/** A criterion's row of the sheet's top block: its name as the sheet gives it, and its normalised weight. */
export type NormalisedRow = { line: number; name: string; raw: string; weight: number };

/** A criterion's row of the table: its weights, null where the cell held none (an issue says so). */
type TableRow = { weight: number | null; category: number | null; effective: string | null };

/**
 * Two shares a spreadsheet saved from the same number may differ by the digits its columns
 * show; an analyst's edit of a share differs by more.
 */
const SAME_SHARE = 5e-5;

/** Whether a row heads the weight table (its first two columns: "Criterion", "Slug", in any language). */
export const isWeightTableHeader = (cells: readonly string[]) => cells[1] === SLUG_HEADER && cells[0] !== undefined && LABELS.criterion.has(cells[0]);

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/**
 * The table's rows by criterion slug, down to the evidence below it; null for a table without
 * the two weight columns (nothing there to read). Problems of its cells go to `issues`.
 */
export function readWeightTable(
  header: readonly string[],
  rows: readonly CsvRow[],
  known: ReadonlySet<string>,
  issues: IssueReport[],
): Map<string, TableRow> | null {
  const column = (labels: ReadonlySet<string>) => header.findIndex((h) => labels.has(h));
  const [slugCol, weightCol, categoryCol, effectiveCol] = [
    header.indexOf(SLUG_HEADER),
    column(LABELS.criterionWeight),
    column(LABELS.categoryWeight),
    column(LABELS.effectiveWeight),
  ];
  if (weightCol < 0 || categoryCol < 0) return null;
  const table = new Map<string, TableRow>();
  for (const { line, cells } of rows) {
    const slug = cells[slugCol] ?? "";
    // The evidence follows: after a blank row, or (the blank row deleted) at its header, whose second column holds no slug.
    if (isBlank(cells) || readSlug(slug) === null) break;
    if (!known.has(slug) || table.has(slug)) {
      issues.push(criterionIssue({ row: line, column: SLUG_HEADER }, slug, known.has(slug)));
      continue;
    }
    const weight = weightIn(cells[weightCol], { row: line, column: english("column.criterionWeight") }, issues);
    const category = weightIn(cells[categoryCol], { row: line, column: english("column.categoryWeight") }, issues);
    table.set(slug, { weight, category, effective: effectiveCol < 0 ? null : (cells[effectiveCol] ?? "") });
  }
  return table;
}

/** A weight from 0 to 100 as a cell holds it; null, with its issue, for anything else. */
function weightIn(raw: string | undefined, place: SheetPlace, issues: IssueReport[]): number | null {
  const value = raw ?? "";
  const n = Number(value);
  if (value.trim() !== "" && Number.isFinite(n) && n >= 0 && n <= WEIGHT_MAX) return n;
  issues.push(weightOutOfRange(place, value));
  return null;
}

/**
 * Each criterion's weight from the table: its weight times its category's, the product the
 * Excel import reads too. Where the sheet's normalised weight of a criterion is not the table's
 * effective weight of it, one of the two worked-out columns was edited: which edit was meant
 * cannot be told, so each such criterion is an issue rather than a guess. A criterion of the top
 * block missing from the table is one too.
 */
export function weightsFromTable(
  table: ReadonlyMap<string, TableRow>,
  normalised: ReadonlyMap<string, NormalisedRow>,
  issues: IssueReport[],
): Map<string, number> {
  const products = new Map([...table].map(([slug, r]) => [slug, (r.weight ?? 0) * (r.category ?? 0)]));
  const total = [...products.values()].reduce((s, p) => s + p, 0);
  const column = english("column.weightNormalised");
  const inputs = `"${english("column.criterionWeight")}" and "${english("column.categoryWeight")}"`;
  for (const [slug, top] of normalised) {
    const criterion = top.name || slug;
    const row = table.get(slug);
    if (!row) {
      issues.push(
        sheetIssue({ row: top.line, column }, "notInWeightTable", `"${criterion}" is not in the weight table, whose ${inputs} an import reads`, { criterion }),
      );
      continue;
    }
    if (row.weight === null || row.category === null) continue;
    const effectiveRaw = row.effective ?? String(total === 0 ? 0 : products.get(slug)! / total);
    const effective = Number(effectiveRaw);
    if (effectiveRaw.trim() !== "" && Number.isFinite(effective) && Math.abs(effective - top.weight) <= SAME_SHARE) continue;
    issues.push(
      sheetIssue(
        { row: top.line, column },
        "weightsDisagree",
        `the weight of "${criterion}" here, ${top.raw}, is not its effective weight in the weight table, ${effectiveRaw}: an import reads the table's ${inputs}, from which both are worked out; change those, and leave the worked-out weights as they were`,
        { criterion, normalised: top.raw, effective: effectiveRaw },
      ),
    );
  }
  return products;
}
