import type { Framework } from "../domain/framework";

import { cellKey } from "./cell-key";

type SupportedView = { frameworks: Framework[]; unsupported: ReadonlySet<string> };

/**
 * "Only what this source supports": each value that cites no line of `source` is left out
 * (null, a missing value for this view; its evidence stays for the dialog), and its cell is
 * listed in `unsupported` so the matrix can say why it is empty. No source: everything as it is.
 */
export function onlySupportedBy(frameworks: readonly Framework[], source: string | null): SupportedView {
  if (source === null) return { frameworks: [...frameworks], unsupported: new Set() };
  const unsupported = new Set<string>();
  const shown = frameworks.map((f) => ({
    ...f,
    assessments: f.assessments.map((a) => {
      if (a.citations.some((c) => c.document === source)) return a;
      unsupported.add(cellKey(f.slug, a.criterion));
      return { ...a, value: null };
    }),
  }));
  return { frameworks: shown, unsupported };
}
