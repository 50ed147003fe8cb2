import type { Citation } from "./citation";
import type { Framework } from "./framework";

/**
 * Every claim of the data with the citations it rests on: each assessment and role, and each
 * framework's summary, status, date and lineage entry.
 */
function* claims(frameworks: readonly Framework[]): Generator<readonly Citation[]> {
  for (const f of frameworks) {
    yield f.summaryCitations;
    if (f.statusEvidence) yield f.statusEvidence.citations;
    if (f.announcedCitations.length) yield f.announcedCitations;
    for (const e of f.lineage) yield e.citations;
    for (const p of f.participants) yield p.citations;
    for (const a of f.assessments) yield a.citations;
  }
}

/** How many claims rest on each source (a claim citing a source twice counts once). */
export function claimsBySource(frameworks: readonly Framework[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const citations of claims(frameworks)) for (const slug of new Set(citations.map((c) => c.document))) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return counts;
}
