import { z } from "zod";
import { citationSchema, citationsSchema } from "./citation";
import { historyDateSchema } from "./dates";
import { confidenceSchema, frameworkStatusSchema } from "./vocabulary";
import { coded } from "./issue-codes";

export const rationaleSchema = z
  .string()
  .trim()
  .min(10, coded("rationaleTooShort", "needs a rationale of a sentence or two"))
  .max(1200, "must be at most 1200 characters");

/** Why a framework has its status: the same evidence an assessment carries. */
export const statusEvidenceSchema = z.object({ rationale: rationaleSchema, confidence: confidenceSchema, citations: citationsSchema }).strict();
export type StatusEvidence = z.infer<typeof statusEvidenceSchema>;

/** One earlier step in a framework's history (an earlier initiative it continues), cited. */
export const lineageEntrySchema = z
  .object({
    date: historyDateSchema,
    text: z.string().trim().min(10, coded("lineageTextTooShort", "say what happened in a sentence")).max(600, "must be at most 600 characters"),
    citations: citationsSchema,
  })
  .strict();
export type LineageEntry = z.infer<typeof lineageEntrySchema>;
export const lineageSchema = z.array(lineageEntrySchema).max(50, coded("tooManyEntries", "at most 50 entries", { maximum: 50 }));

/** Other names a framework goes by; search finds it by any of them. */
export const aliasesSchema = z
  .array(z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters"))
  .max(20, coded("tooManyAliases", "at most 20 aliases", { maximum: 20 }))
  .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, coded("aliasTwice", "an alias is listed twice"));

/** The lines that give the announcement date (optional: older data has none). */
export const announcedCitationsSchema = z.array(citationSchema);

/** A framework's status, its history and its other names (docs/vocabulary.md). */
export const frameworkFactSchemas = {
  status: frameworkStatusSchema.nullable(),
  statusEvidence: statusEvidenceSchema.nullable(),
  announcedCitations: announcedCitationsSchema,
  lineage: lineageSchema,
  aliases: aliasesSchema,
};

/** The same with the defaults that let older files and clients leave them out. */
export const frameworkFactFields = {
  status: frameworkFactSchemas.status.default(null),
  statusEvidence: frameworkFactSchemas.statusEvidence.default(null),
  announcedCitations: frameworkFactSchemas.announcedCitations.default([]),
  lineage: frameworkFactSchemas.lineage.default([]),
  aliases: frameworkFactSchemas.aliases.default([]),
};

/** Cross-field rules of those fields: a status has its evidence and evidence its status; a cited date is there. */
export function factProblems(f: {
  status?: string | null;
  statusEvidence?: StatusEvidence | null;
  announced?: string | null;
  announcedCitations?: readonly unknown[];
}): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  if ((f.status ?? null) !== null && (f.statusEvidence ?? null) === null)
    problems.push({ path: "statusEvidence", message: coded("statusNeedsEvidence", "a status needs its rationale, confidence and citations") });
  if ((f.status ?? null) === null && (f.statusEvidence ?? null) !== null)
    problems.push({ path: "status", message: coded("evidenceNeedsStatus", "evidence for a status needs the status") });
  if ((f.announced ?? null) === null && (f.announcedCitations?.length ?? 0) > 0)
    problems.push({ path: "announcedCitations", message: coded("dateCitationsNeedDate", "citations for a date need the date") });
  return problems;
}
