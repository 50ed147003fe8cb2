import { showValue } from "../audit/change-diff";

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export type ConflictRow = { field: string; label: string; theirs: string; mine: string };

/** The fields on which the stored record (theirs) and the form (mine) now differ, shown side by side. */
export function conflictRows<T extends Record<string, unknown>>(theirs: T, mine: T, labels: Partial<Record<keyof T & string, string>>): ConflictRow[] {
  return (Object.keys(labels) as Array<keyof T & string>)
    .filter((field) => !same(theirs[field], mine[field]))
    .map((field) => ({ field, label: labels[field]!, theirs: showValue(theirs[field]), mine: showValue(mine[field]) }));
}

/**
 * A field-level merge: their record, with the fields the editor changed in the form put back
 * on top. What the editor did not touch follows their change instead of undoing it.
 */
export function mergeOnTheirs<T extends Record<string, unknown>>(theirs: T, mine: T, changed: ReadonlyArray<keyof T>): T {
  const merged = { ...theirs };
  for (const field of changed) merged[field] = mine[field];
  return merged;
}
