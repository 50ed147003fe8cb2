import { z } from "zod";
import { coded, codedIssue } from "./issue-codes";
import { slugSchema } from "./vocabulary";

/** The largest source text the app stores, in characters (an upload stops at 20 MB of file). */
const MAX_SOURCE_TEXT_CHARS = 20 * 1024 * 1024;
/** The most revisions one source may carry in a dataset file. */
const MAX_SOURCE_REVISIONS = 1000;

/** A language tag: en, ru, ar, fa, zh-Hant... */
export const languageSchema = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, coded("notLanguageTag", "must be a language tag such as en, ru, ar or fa"));

/** A source's year: the upload form's and the dataset's. */
export const FIRST_SOURCE_YEAR = 1900;
export const LAST_SOURCE_YEAR = 2100;
export const yearFromMessage = coded("yearFrom", `must be ${FIRST_SOURCE_YEAR} or later`, { minimum: FIRST_SOURCE_YEAR });
export const yearUntilMessage = coded("yearUntil", `must be ${LAST_SOURCE_YEAR} or earlier`, { maximum: LAST_SOURCE_YEAR });
export const webAddressMessage = coded("notWebAddress", "must be a web address (https://...)");

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in lower-case hex (64 characters)");

/** Who wrote a source and where it appeared: what a reader needs to find it. */
export const sourceMetaFields = {
  slug: slugSchema,
  title: z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters"),
  author: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  year: z.number().int().min(FIRST_SOURCE_YEAR, yearFromMessage).max(LAST_SOURCE_YEAR, yearUntilMessage),
  publisher: z.string().trim().max(200, "must be at most 200 characters").nullable().default(null),
  url: z.string().url(webAddressMessage).max(2000).nullable().default(null),
  /** Older files have none: their one source is in English. */
  language: languageSchema.default("en"),
};

/** The repository file a source's first revision ships in (the seed's paper; v1 and v2 files name it). */
const sourceFileSchema = z.string().regex(/^prisma\/sources\/[a-z0-9-]+\.txt$/, 'must be a path like "prisma/sources/<slug>.txt"');

/**
 * One immutable text of a source. Its `sha256` is of the text's UTF-8 bytes, checked on import;
 * the lines citations count are the text's "\n"-separated lines.
 */
export const sourceRevisionSchema = z
  .object({
    revision: z.number().int().min(1).max(MAX_SOURCE_REVISIONS),
    sha256: sha256Schema,
    reason: z.string().trim().min(1, "say why this text was added").max(500, "must be at most 500 characters"),
    editor: z.string().trim().min(1).max(200),
    text: z.string().min(1, "must not be empty").max(MAX_SOURCE_TEXT_CHARS, "is over the size limit"),
  })
  .strict();
export type SourceRevision = z.infer<typeof sourceRevisionSchema>;

/**
 * A source in a dataset file: its metadata and its texts. A file of version 3 carries the
 * revisions with their texts; the seed file and files of versions 1 and 2 name the repository
 * `file` that holds the only revision instead (the server reads it as revision 1).
 */
export const sourceSchema = z
  .object({
    ...sourceMetaFields,
    file: sourceFileSchema.nullable().default(null),
    revisions: z.array(sourceRevisionSchema).min(1).max(MAX_SOURCE_REVISIONS).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.file === null && !s.revisions)
      ctx.addIssue(codedIssue(["revisions"], "sourceNeedsText", "a source needs its text: its revisions, or the repository file that holds it"));
    s.revisions?.forEach((r, i) => {
      if (r.revision !== i + 1)
        ctx.addIssue(
          codedIssue(["revisions", i, "revision"], "revisionOutOfOrder", `must be ${i + 1}: revisions are numbered 1, 2, 3... in order`, { revision: i + 1 }),
        );
    });
  });
export type Source = z.infer<typeof sourceSchema>;

/** A source as the API lists it: its metadata, its current revision and how many claims cite it. */
export const sourceOutputSchema = z
  .object({
    ...sourceMetaFields,
    file: z.string().nullable(),
    /** Lines of the current revision. */
    lineCount: z.number().int().min(0),
    /** The current (latest) revision's number and SHA-256. */
    revision: z.number().int().min(1),
    sha256: sha256Schema,
    /** Assessments, roles and framework facts with at least one citation of this source. */
    claims: z.number().int().min(0),
  })
  .strict();
export type SourceOutput = z.infer<typeof sourceOutputSchema>;

/** One revision as the source viewer lists it (its text aside). */
export type SourceRevisionSummary = { revision: number; sha256: string; lineCount: number; createdAt: string; reason: string };
