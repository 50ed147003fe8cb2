import type { Citation } from "../../domain/citation";
import type { Framework } from "../../domain/framework";
import type { IssueReport } from "../../domain/format-issues";
import { Prisma } from "../generated/prisma/client";
import { verifyWriteCitations } from "../citations/verify-write-citations";
import type { Db } from "../db";

type Facts = Partial<Pick<Framework, "status" | "statusEvidence" | "announcedCitations" | "lineage" | "aliases">>;

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

/** The columns of a framework's status, date citations, lineage and aliases; a field left out stays as it is. */
export function factColumns(f: Facts) {
  return {
    status: f.status,
    statusEvidence: f.statusEvidence === undefined ? undefined : f.statusEvidence === null ? Prisma.DbNull : json(f.statusEvidence),
    announcedCitations: f.announcedCitations === undefined ? undefined : json(f.announcedCitations),
    lineage: f.lineage === undefined ? undefined : json(f.lineage),
    aliases: f.aliases === undefined ? undefined : json(f.aliases),
  };
}

/** Whether a framework has any of those fields set (a bulk insert leaves them empty). */
export const hasFacts = (f: Pick<Framework, "status" | "announcedCitations" | "lineage" | "aliases">) =>
  f.status !== null || f.announcedCitations.length > 0 || f.lineage.length > 0 || f.aliases.length > 0;

/**
 * Checks the citations a write's status, date and lineage carry against their sources; returns
 * the problems and those fields with each citation naming the revision it was checked against
 * (as they are stored).
 */
export async function verifyFactCitations<F extends Facts>(db: Db, f: F): Promise<{ issues: IssueReport[]; facts: F }> {
  const issues: IssueReport[] = [];
  const pin = async (path: string, citations: readonly Citation[]) => {
    if (citations.length === 0) return [];
    const checked = await verifyWriteCitations(db, citations, path);
    issues.push(...checked.issues);
    return checked.pinned;
  };
  const facts: F = { ...f };
  if (f.statusEvidence) facts.statusEvidence = { ...f.statusEvidence, citations: await pin("statusEvidence.citations", f.statusEvidence.citations) };
  if (f.announcedCitations) facts.announcedCitations = await pin("announcedCitations", f.announcedCitations);
  if (f.lineage) {
    const lineage: NonNullable<Facts["lineage"]> = [];
    for (const [i, e] of f.lineage.entries()) lineage.push({ ...e, citations: await pin(`lineage[${i}].citations`, e.citations) });
    facts.lineage = lineage;
  }
  return { issues, facts };
}
