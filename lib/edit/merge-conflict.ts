import { showValue } from "../audit/change-diff";
import { sameValue } from "../audit/same-value";

export type ConflictRow = { field: string; label: string; theirs: string; mine: string };

/** The fields on which the stored record (theirs) and the form (mine) now differ, shown side by side. */
export function conflictRows<T extends Record<string, unknown>>(theirs: T, mine: T, labels: Partial<Record<keyof T & string, string>>): ConflictRow[] {
  return (Object.keys(labels) as Array<keyof T & string>)
    .filter((field) => !sameValue(theirs[field], mine[field]))
    .map((field) => ({ field, label: labels[field]!, theirs: showValue(theirs[field]), mine: showValue(mine[field]) }));
}
