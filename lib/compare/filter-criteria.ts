import type { Criterion } from "../domain/criterion";
import type { Framework } from "../domain/framework";

export type CriteriaFilter = { categories: readonly string[]; text: string; onlyDiffering: boolean };

/** True when the frameworks do not all share one value on the criterion (a missing value differs from any number). */
export function valuesDiffer(frameworks: readonly Framework[], criterion: string): boolean {
  const values = frameworks.map((f) => f.assessments.find((a) => a.criterion === criterion)?.value ?? null);
  return values.some((v) => v !== values[0]);
}

/**
 * The criteria a view shows: in the chosen categories (all when none is chosen), whose name,
 * slug or description contains the text (case-insensitive), and, if asked, only where the
 * chosen frameworks differ.
 */
export function filterCriteria(criteria: readonly Criterion[], frameworks: readonly Framework[], filter: CriteriaFilter): Criterion[] {
  const text = filter.text.trim().toLowerCase();
  return criteria.filter(
    (c) =>
      (filter.categories.length === 0 || filter.categories.includes(c.category)) &&
      (text === "" || `${c.name} ${c.slug} ${c.description}`.toLowerCase().includes(text)) &&
      (!filter.onlyDiffering || valuesDiffer(frameworks, c.slug)),
  );
}
