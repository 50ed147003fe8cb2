import { MISSING_POLICIES } from "../domain/analyze";
import { slugSchema } from "../domain/vocabulary";
import { METHOD_LABELS, MISSING_LABELS } from "../compare/method-labels";
import { METHOD_IDS } from "../scoring/methods/registry";
import type { MissingPolicy, ScoringMethod } from "../scoring/types";

/**
 * The columns of a comparison sheet, in one place for the writers (write-csv.ts, write-xlsx.ts)
 * and the importer (lib/import/parse-import-file.ts): what each sheet has, under which header,
 * and how an import reads it back. Criteria and frameworks travel by slug and the method and
 * missing-value policy by code; the display names are for people, and an import falls back to
 * them only for sheets made before the slugs were written.
 */

/** The header of the column (CSV: visible; Excel: hidden) and of the row that hold the slugs. */
export const SLUG_HEADER = "Slug";
export const FRAMEWORK_SLUG_ROW = "Framework slug";

/** CSV: the columns before one column per framework (headed by its name). */
export const CSV_COLUMNS = {
  criterion: { index: 0, header: "Criterion" },
  slug: { index: 1, header: SLUG_HEADER },
  category: { index: 2, header: "Category" },
  direction: { index: 3, header: "Direction" },
  weight: { index: 4, header: "Weight (normalised)" },
} as const;
export const CSV_HEADER = Object.values(CSV_COLUMNS).map((c) => c.header);
export const CSV_FIRST_FRAMEWORK_COLUMN = CSV_HEADER.length;

/** Excel, the Comparison sheet: its header row, and the criterion columns before the framework blocks. */
export const XLSX_HEADER_ROW = 4;
export const XLSX_COLUMNS = {
  criterion: { column: 1, header: "Criterion" },
  category: { column: 2, header: "Category" },
  direction: { column: 3, header: "Direction" },
  scaleMin: { column: 4, header: "Scale min" },
  scaleMax: { column: 5, header: "Scale max" },
  criterionWeight: { column: 6, header: "Criterion weight (0-100)" },
  categoryWeight: { column: 7, header: "Category weight (0-100)" },
  effectiveWeight: { column: 8, header: "Effective weight" },
} as const;
export const XLSX_HEADER = Object.values(XLSX_COLUMNS).map((c) => c.header);
export const XLSX_FIRST_FRAMEWORK_COLUMN = XLSX_HEADER.length + 1;

/**
 * The settings an import reads back, each written with its code beside its label (CSV: the code
 * first, then the label; Excel's About sheet: the label, then the code in a hidden column).
 */
export const CODED_SETTINGS = { method: "Method", missing: "Missing values" } as const;

export function settingCodes(settings: { method: ScoringMethod; missing: MissingPolicy }): Record<string, string> {
  return { [CODED_SETTINGS.method]: settings.method, [CODED_SETTINGS.missing]: settings.missing };
}

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
