import { MISSING_POLICIES } from "../domain/analyze";
import { slugSchema } from "../domain/vocabulary";
import { METHOD_LABELS, MISSING_LABELS } from "../compare/method-labels";
import { METHOD_IDS } from "../scoring/methods/registry";
import type { MissingPolicy, ScoringMethod } from "../scoring/types";
import type { SheetWords } from "./sheet-words";

/**
 * The columns of a comparison sheet, in one place for the writers (write-csv.ts, write-xlsx.ts)
 * and the importer (lib/import/parse-import-file.ts): what each sheet has, under which header,
 * and how an import reads it back. Criteria and frameworks travel by slug and the method and
 * missing-value policy by code; the display names are for people, and an import falls back to
 * them only for sheets made before the slugs were written. The headers are in the sheet's
 * language (lib/export/sheet-words); an import recognises them in any.
 */

/**
 * The header of the column (CSV: visible; Excel: hidden) and of the row that hold the slugs:
 * English in every language, like the slugs they head.
 */
export const SLUG_HEADER = "Slug";
export const FRAMEWORK_SLUG_ROW = "Framework slug";

/** A column's header by its message key (`exportSheet.column.*`); the slug column's is SLUG_HEADER in every language. */
type Column = { key: string | null };
const headerOf = (column: Column, words: SheetWords) => (column.key === null ? SLUG_HEADER : words.t(column.key));

/** CSV: the columns before one column per framework (headed by its name). */
export const CSV_COLUMNS = {
  criterion: { index: 0, key: "column.criterion" },
  slug: { index: 1, key: null },
  category: { index: 2, key: "column.category" },
  direction: { index: 3, key: "column.direction" },
  weight: { index: 4, key: "column.weightNormalised" },
} as const;
export const csvHeader = (words: SheetWords) => Object.values(CSV_COLUMNS).map((c) => headerOf(c, words));
export const CSV_FIRST_FRAMEWORK_COLUMN = Object.keys(CSV_COLUMNS).length;

/** Excel, the Comparison sheet: its header row, and the criterion columns before the framework blocks. */
export const XLSX_HEADER_ROW = 4;
export const XLSX_COLUMNS = {
  criterion: { column: 1, key: "column.criterion" },
  category: { column: 2, key: "column.category" },
  direction: { column: 3, key: "column.direction" },
  scaleMin: { column: 4, key: "column.scaleMin" },
  scaleMax: { column: 5, key: "column.scaleMax" },
  criterionWeight: { column: 6, key: "column.criterionWeight" },
  categoryWeight: { column: 7, key: "column.categoryWeight" },
  effectiveWeight: { column: 8, key: "column.effectiveWeight" },
} as const;
export const xlsxHeader = (words: SheetWords) => Object.values(XLSX_COLUMNS).map((c) => headerOf(c, words));
export const XLSX_FIRST_FRAMEWORK_COLUMN = Object.keys(XLSX_COLUMNS).length + 1;

/**
 * The settings an import reads back, by their message keys: each is written with its code beside
 * its label (CSV: the code first, then the label; Excel's About sheet: the label, then the code
 * in a hidden column), its label in the sheet's language.
 */
export const CODED_SETTINGS = { method: "settings.method", missing: "settings.missing" } as const;

/** A method by its code; by its label only for sheets that carry no code. */
export function readMethod(code: string | undefined, label?: string): ScoringMethod | undefined {
  return METHOD_IDS.find((m) => code === m) ?? METHOD_IDS.find((m) => label === METHOD_LABELS[m]);
}

/** A missing-value policy by its code; by its label only for sheets that carry no code. */
export function readMissing(code: string | undefined, label?: string): MissingPolicy | undefined {
  return MISSING_POLICIES.find((m) => code === m) ?? MISSING_POLICIES.find((m) => label === MISSING_LABELS[m]);
}

/** A slug as written in a slug column or row; null when the cell holds something else. */
export function readSlug(value: unknown): string | null {
  const parsed = slugSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
