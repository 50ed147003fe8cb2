import type { ComparisonModel } from "../comparison-model";

/**
 * At most this many entries in the appendix: the seeded data has 175; a 200 x 100 comparison
 * would have 20,000 (about a thousand pages), so past the limit the appendix points to the
 * Excel export's Evidence sheet, which holds every one.
 */
export const MAX_EVIDENCE_ENTRIES = 1500;

/** The criteria in the matrix's order: grouped by category (in order of first appearance), as on screen. */
export function matrixOrder(model: ComparisonModel): number[] {
  const categories = [...new Set(model.criteria.map((c) => c.category))];
  return categories.flatMap((category) => model.criteria.flatMap((c, j) => (c.category === category ? [j] : [])));
}

export type EvidenceEntry = { number: number; criterion: number; framework: number };

/**
 * The appendix's numbering, in the matrix's reading order (criterion by criterion, framework by
 * framework), so the number printed in a matrix cell finds its entry: numbers[criterion][framework]
 * is null where there is no evidence, or past the limit.
 */
export function evidenceIndex(model: ComparisonModel, limit = MAX_EVIDENCE_ENTRIES) {
  const entries: EvidenceEntry[] = [];
  let omitted = 0;
  const numbers: Array<Array<number | null>> = model.criteria.map(() => []);
  for (const j of matrixOrder(model)) {
    numbers[j] = model.criteria[j]!.evidence.map((e, i) => {
      if (!e) return null;
      if (entries.length >= limit) {
        omitted++;
        return null;
      }
      entries.push({ number: entries.length + 1, criterion: j, framework: i });
      return entries.length;
    });
  }
  return { entries, numbers, omitted };
}
