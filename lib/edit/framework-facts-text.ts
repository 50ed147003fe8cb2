import { z } from "zod";
import {
  aliasesSchema,
  announcedCitationsSchema,
  lineageSchema,
  statusEvidenceSchema,
  type LineageEntry,
  type StatusEvidence,
} from "../domain/framework-facts";
import type { Citation } from "../domain/citation";
import { coded, codedIssue, issueCode } from "../domain/issue-codes";

/**
 * The framework form edits the structured new fields as text: aliases one per line, the status's
 * evidence, the date's citations and the lineage as JSON. Each text field is checked by the API's
 * own schema, so the form and the API refuse the same things.
 */
export type FactsText = { statusEvidence: string; announcedCitations: string; lineage: string; aliases: string };
type Facts = { statusEvidence: StatusEvidence | null; announcedCitations: Citation[]; lineage: LineageEntry[]; aliases: string[] };

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

export function factsToText(f: Facts): FactsText {
  return {
    statusEvidence: f.statusEvidence === null ? "" : pretty(f.statusEvidence),
    announcedCitations: f.announcedCitations.length ? pretty(f.announcedCitations) : "",
    lineage: f.lineage.length ? pretty(f.lineage) : "",
    aliases: f.aliases.join("\n"),
  };
}

const parseJson = (text: string, empty: unknown): unknown => {
  if (text.trim() === "") return empty;
  try {
    return JSON.parse(text);
  } catch {
    return Symbol.for("invalid-json");
  }
};

const splitLines = (text: string) =>
  text
    .split("\n")
    .map((a) => a.trim())
    .filter(Boolean);

/** A text field whose value, read by `read`, the schema must accept. */
function textOf<S extends z.ZodType>(schema: S, read: (text: string) => unknown) {
  return z.string().superRefine((text, ctx) => {
    const value = read(text);
    if (value === Symbol.for("invalid-json")) return void ctx.addIssue({ code: "custom", message: coded("notJson", "is not valid JSON") });
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        // The issue inside the JSON keeps its code; where it is inside (`inside`) is said before it.
        const inside = issue.path.join(".");
        const { code, params } = issueCode(issue);
        ctx.addIssue(codedIssue([], code, `${inside ? `${inside}: ` : ""}${issue.message}`, inside ? { ...params, inside } : params));
      }
  });
}

export const factsTextSchemas = {
  statusEvidence: textOf(statusEvidenceSchema.nullable(), (t) => parseJson(t, null)),
  announcedCitations: textOf(announcedCitationsSchema, (t) => parseJson(t, [])),
  lineage: textOf(lineageSchema, (t) => parseJson(t, [])),
  aliases: textOf(aliasesSchema, splitLines),
};

/** The text fields back as the API's values (call after factsTextSchemas accepted them). */
export function factsFromText(t: FactsText): Facts {
  return {
    statusEvidence: parseJson(t.statusEvidence, null) as StatusEvidence | null,
    announcedCitations: parseJson(t.announcedCitations, []) as Citation[],
    lineage: parseJson(t.lineage, []) as LineageEntry[],
    aliases: splitLines(t.aliases),
  };
}
