import { z } from "zod";
import { SCALE_BOUND, type Criterion } from "../domain/criterion";
import type { CellIndex } from "./cell-index";
import { slugSchema } from "../domain/vocabulary";
import { cellKey } from "./cell-key";
import { notice, type ParamNotice } from "../url-state/param-notice";

/**
 * An analyst's own value for a cell where the source is silent: it holds for one view only
 * (the link carries it as `assume=framework.criterion:value`), is marked as an assumption
 * wherever the view goes, and is never written to the data.
 */
export const assumptionSchema = z.object({ framework: slugSchema, criterion: slugSchema, value: z.number().int().min(-SCALE_BOUND).max(SCALE_BOUND) }).strict();
export type Assumption = z.infer<typeof assumptionSchema>;

/** A link carries at most this many (the seeded data has far fewer silent cells). */
export const MAX_ASSUMPTIONS = 200;
export const assumptionsSchema = z.array(assumptionSchema).max(MAX_ASSUMPTIONS);

/** One "framework.criterion:value" entry, or null when it is not of that form. */
export function parseAssumptionEntry(entry: string): Assumption | null {
  const match = /^([^.:]+)\.([^.:]+):(.+)$/.exec(entry);
  if (!match) return null;
  const parsed = assumptionSchema.safeParse({ framework: match[1], criterion: match[2], value: Number(match[3]) });
  return parsed.success ? parsed.data : null;
}

/** "hope.acceptability-ir:2,imsi.viability:-1": ill-formed entries are dropped, the first per cell kept, at most MAX_ASSUMPTIONS. */
export function parseAssumptions(text: string): Assumption[] {
  const seen = new Set<string>();
  const out: Assumption[] = [];
  for (const entry of text.split(",")) {
    const a = parseAssumptionEntry(entry);
    if (!a || seen.has(cellKey(a.framework, a.criterion))) continue;
    seen.add(cellKey(a.framework, a.criterion));
    out.push(a);
    if (out.length === MAX_ASSUMPTIONS) break;
  }
  return out;
}

export function serializeAssumptions(list: readonly Assumption[]): string {
  return list.map((a) => `${cellKey(a.framework, a.criterion)}:${a.value}`).join(",");
}

/** Framework slug . criterion slug -> the assumed value, for the cells the data leaves empty. */
export type AssumedValues = ReadonlyMap<string, number>;

/**
 * Keeps the assumptions the data allows: a known framework and criterion, a cell whose value
 * the source does not give, a value on the criterion's scale. Each other one is ignored with
 * a notice saying why. `cells` holds every framework's values (lib/compare/cell-index).
 */
export function checkAssumptions(
  list: readonly Assumption[],
  cells: Pick<CellIndex, "row" | "column" | "value">,
  criteria: ReadonlyArray<Pick<Criterion, "slug" | "scale">>,
): { kept: Assumption[]; values: AssumedValues; ignored: ParamNotice[] } {
  const criterionBySlug = new Map(criteria.map((c) => [c.slug, c]));
  const kept: Assumption[] = [];
  const ignored: ParamNotice[] = [];
  for (const a of list) {
    const row = cells.row(a.framework);
    const criterion = criterionBySlug.get(a.criterion);
    const cell = cellKey(a.framework, a.criterion);
    if (row < 0) ignored.push(notice("assumptionUnknown", { cell, value: a.framework, what: "framework" }));
    else if (!criterion) ignored.push(notice("assumptionUnknown", { cell, value: a.criterion, what: "criterion" }));
    else if (cells.value(row, cells.column(a.criterion)) !== null) ignored.push(notice("assumptionSourceGives", { cell }));
    else if (a.value < criterion.scale.min || a.value > criterion.scale.max)
      ignored.push(notice("assumptionOffScale", { cell, value: String(a.value), min: criterion.scale.min, max: criterion.scale.max }));
    else kept.push(a);
  }
  return { kept, values: new Map(kept.map((a) => [cellKey(a.framework, a.criterion), a.value])), ignored };
}

/** The list with one cell's value set (null: removed), for the link. */
export function withAssumption(list: readonly Assumption[], framework: string, criterion: string, value: number | null): Assumption[] {
  const rest = list.filter((a) => a.framework !== framework || a.criterion !== criterion);
  return value === null ? rest : [...rest, { framework, criterion, value }];
}
