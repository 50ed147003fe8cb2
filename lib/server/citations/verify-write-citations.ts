import { pinRevision } from "../../citations/pin-revisions";
import { verifyCitation } from "../../citations/verify-citation";
import type { Citation } from "../../domain/citation";
import { codedReport, type IssueReport } from "../../domain/format-issues";
import type { Db } from "../db";
import { revisionReader } from "../sources/revision-lines";

type PinnedCitation = Citation & { revision: number };

/**
 * Checks a write's citations against the stored sources: the document must exist, the revision
 * it names (the current one when it names none) too, and the quote must be in that revision's
 * lines. Returns the problems (paths under `path`), the citations with their revisions filled
 * in, as they are to be stored, and each document's id.
 */
export async function verifyWriteCitations(db: Db, citations: readonly Citation[], path = "citations") {
  const reader = revisionReader(db);
  const issues: IssueReport[] = [];
  const pinned: PinnedCitation[] = [];
  const ids = new Map<string, number>();
  for (const [k, c] of citations.entries()) {
    const source = await reader.source(c.document);
    if (!source) {
      issues.push(codedReport(`${path}[${k}].document`, "sourceNotFound", `unknown source "${c.document}"`, { slug: c.document }));
      continue;
    }
    const stored = await reader.read(c.document, c.revision);
    if (!stored) {
      // Only a revision named can be missing: without one the current is read.
      issues.push(
        codedReport(`${path}[${k}].revision`, "revisionNotFound", `"${c.document}" has no revision ${c.revision} (its current one is ${source.current})`, {
          slug: c.document,
          revision: c.revision!,
          current: source.current,
        }),
      );
      continue;
    }
    const citation = pinRevision(c, () => stored.revision);
    const check = verifyCitation(citation, stored.lines);
    if (!check.ok) issues.push(codedReport(`${path}[${k}].quote`, check.code, check.error, check.params));
    pinned.push(citation);
    ids.set(c.document, source.id);
  }
  const sourceId = (document: string) => ids.get(document)!;
  return { issues, pinned, sourceId };
}

/** Citation rows for createMany, attached to one owner: each with the revision it was checked against. */
export function citationRowsFor<O extends Record<string, number>>(citations: readonly PinnedCitation[], sourceId: (document: string) => number, owner: O) {
  return citations.map((c, position) => ({
    sourceId: sourceId(c.document),
    revision: c.revision,
    lineStart: c.lineStart,
    lineEnd: c.lineEnd,
    quote: c.quote,
    position,
    ...owner,
  }));
}
