import type { Citation } from "../domain/citation";

const sameSpan = (a: Citation, b: Citation) => a.document === b.document && a.lineStart === b.lineStart && a.lineEnd === b.lineEnd;

/** A form's citations with the lines just picked in the source viewer added once, at the end. */
export function withPicked(citations: readonly Citation[], picked: Citation | null): Citation[] {
  if (!picked || citations.some((c) => sameSpan(c, picked))) return [...citations];
  return [...citations, picked];
}
