import type { Criterion } from "../domain/criterion";
import type { RawMatrix } from "../scoring/types";

type CriteriaFilter = { categories: readonly string[]; text: string; onlyDiffering: boolean };

/** True when the frameworks (the rows) do not all share one value in the column (a missing value differs from any number). */
export function valuesDiffer(values: RawMatrix, column: number): boolean {
  const first = values[0]?.[column] ?? null;
  return values.some((row) => (row[column] ?? null) !== first);
}

/**
 * The criteria a view shows: in the chosen categories (all when none is chosen), whose name,
 * slug or description contains the text (case-insensitive), and, if asked, only where the
 * chosen frameworks differ. `values` holds the chosen frameworks' values, a column per criterion.
 */
export function filterCriteria(criteria: readonly Criterion[], values: RawMatrix, filter: CriteriaFilter): Criterion[] {
  const text = filter.text.trim().toLowerCase();
  return criteria.filter(
    (c, j) =>
      (filter.categories.length === 0 || filter.categories.includes(c.category)) &&
      (text === "" || `${c.name} ${c.slug} ${c.description}`.toLowerCase().includes(text)) &&
      (!filter.onlyDiffering || valuesDiffer(values, j)),
  );
}
