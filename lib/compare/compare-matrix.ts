import type { Criterion } from "../domain/criterion";
import type { Assessment } from "../domain/framework";
import type { Confidence } from "../domain/vocabulary";

/**
 * What /compare draws of the assessments and no more: for each framework (a row, in the
 * frameworks' order) and criterion (a column, in the criteria's order) the value, null where
 * the source is silent, and the confidence as one letter (h, m, l), "-" where the framework
 * has no assessment on the criterion. A cell's rationale, quotes and citations are fetched
 * when its evidence opens (GET /api/frameworks/{slug}/assessments/{criterion}).
 */
export type CompareMatrix = {
  frameworks: string[];
  criteria: string[];
  values: Array<Array<number | null>>;
  confidence: string[];
  /** The [row, column] of each cell marked contested (its sources disagree): few, so listed. */
  contested: Cell[];
  /**
   * Which assessed cells cite each source, for "only what this source supports": the cells
   * that cite it or those that do not, whichever list is shorter.
   */
  support: Record<string, { cites: Cell[] } | { omits: Cell[] }>;
};

export type Cell = [row: number, column: number];

export const NO_ASSESSMENT = "-";
const LETTER: Record<Confidence, string> = { high: "h", medium: "m", low: "l" };
export const CONFIDENCE_OF_LETTER: Readonly<Record<string, Confidence>> = { h: "high", m: "medium", l: "low" };

/** The dense matrix of the frameworks' values and confidences on the criteria. */
export function compareMatrix(
  frameworks: ReadonlyArray<{
    slug: string;
    assessments: ReadonlyArray<Pick<Assessment, "criterion" | "value" | "confidence" | "contested"> & { citations: ReadonlyArray<{ document: string }> }>;
  }>,
  criteria: readonly Pick<Criterion, "slug">[],
): CompareMatrix {
  const values: CompareMatrix["values"] = [];
  const confidence: string[] = [];
  const contested: Cell[] = [];
  const assessed: Cell[] = [];
  const cites = new Map<string, Cell[]>();
  frameworks.forEach((f, i) => {
    const byCriterion = new Map(f.assessments.map((a) => [a.criterion, a]));
    const row: Array<number | null> = [];
    let letters = "";
    criteria.forEach((c, j) => {
      const a = byCriterion.get(c.slug);
      row.push(a?.value ?? null);
      letters += a ? LETTER[a.confidence] : NO_ASSESSMENT;
      if (!a) return;
      assessed.push([i, j]);
      if (a.contested) contested.push([i, j]);
      for (const document of new Set(a.citations.map((x) => x.document))) {
        const list = cites.get(document) ?? [];
        list.push([i, j]);
        cites.set(document, list);
      }
    });
    values.push(row);
    confidence.push(letters);
  });
  const support: CompareMatrix["support"] = {};
  for (const [source, cells] of cites) {
    const citing = new Set(cells.map(([i, j]) => `${i}:${j}`));
    const omits = assessed.filter(([i, j]) => !citing.has(`${i}:${j}`));
    support[source] = omits.length < cells.length ? { omits } : { cites: cells };
  }
  return { frameworks: frameworks.map((f) => f.slug), criteria: criteria.map((c) => c.slug), values, confidence, contested, support };
}
