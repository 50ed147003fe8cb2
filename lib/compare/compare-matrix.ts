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
};

export const NO_ASSESSMENT = "-";
const LETTER: Record<Confidence, string> = { high: "h", medium: "m", low: "l" };
export const CONFIDENCE_OF_LETTER: Readonly<Record<string, Confidence>> = { h: "high", m: "medium", l: "low" };

/** The dense matrix of the frameworks' values and confidences on the criteria. */
export function compareMatrix(
  frameworks: ReadonlyArray<{ slug: string; assessments: ReadonlyArray<Pick<Assessment, "criterion" | "value" | "confidence">> }>,
  criteria: readonly Pick<Criterion, "slug">[],
): CompareMatrix {
  const values: CompareMatrix["values"] = [];
  const confidence: string[] = [];
  for (const f of frameworks) {
    const byCriterion = new Map(f.assessments.map((a) => [a.criterion, a]));
    const row: Array<number | null> = [];
    let letters = "";
    for (const c of criteria) {
      const a = byCriterion.get(c.slug);
      row.push(a?.value ?? null);
      letters += a ? LETTER[a.confidence] : NO_ASSESSMENT;
    }
    values.push(row);
    confidence.push(letters);
  }
  return { frameworks: frameworks.map((f) => f.slug), criteria: criteria.map((c) => c.slug), values, confidence };
}
