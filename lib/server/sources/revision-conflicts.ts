import { codedReport, type IssueReport } from "../../domain/format-issues";
import type { Db, Tx } from "../db";

/**
 * Where a dataset's source revisions differ from the stored ones of the same number: a stored
 * revision never changes (a corrected text is a new revision), so such a dataset is refused.
 */
export async function revisionConflicts(
  db: Db | Tx,
  dataset: { sources: ReadonlyArray<{ slug: string; revisions: ReadonlyArray<{ revision: number; sha256: string }> }> },
) {
  const stored = await db.sourceRevision.findMany({ select: { revision: true, sha256: true, source: { select: { slug: true } } } });
  const shaOf = new Map(stored.map((r) => [`${r.source.slug}@${r.revision}`, r.sha256]));
  const issues: IssueReport[] = [];
  for (const s of dataset.sources)
    for (const r of s.revisions) {
      const held = shaOf.get(`${s.slug}@${r.revision}`);
      if (held !== undefined && held !== r.sha256)
        issues.push(
          codedReport(
            `sources[${s.slug}].revisions[${r.revision}]`,
            "storedRevisionDiffers",
            `differs from the stored revision ${r.revision} (SHA-256 ${held.slice(0, 12)}…): a revision never changes; add the corrected text as a new revision`,
            { revision: r.revision, sha256: held.slice(0, 12) },
          ),
        );
    }
  return issues;
}
