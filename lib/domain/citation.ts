import { z } from "zod";
import { slugSchema } from "./vocabulary";
import { coded } from "./issue-codes";

/** The widest span a citation may cover: one passage (DOMAIN.md). */
export const MAX_CITATION_LINES = 40;

/**
 * A citation: 1-based, inclusive line numbers in a revision of a source document and a quote
 * that appears in those lines word for word (line breaks and hyphenation aside). `document` is
 * the source's slug; `revision` the text's revision, the current one when a write leaves it out
 * (the server fills it in, so every stored citation names one). Whether the quote really is in
 * the lines is checked against that revision's text by verifyCitation.
 */
export const citationSchema = z
  .object({
    document: slugSchema,
    revision: z
      .number()
      .int()
      .min(1, coded("orMore", "must be 1 or more", { minimum: 1 }))
      .max(1000, "must be at most 1000")
      .optional(),
    lineStart: z
      .number()
      .int()
      .min(1, coded("orMore", "must be 1 or more", { minimum: 1 })),
    lineEnd: z
      .number()
      .int()
      .min(1, coded("orMore", "must be 1 or more", { minimum: 1 })),
    quote: z.string().trim().min(3, coded("quoteTooShort", "must quote at least a few words")).max(2000, "must be at most 2000 characters"),
  })
  .strict()
  .refine((c) => c.lineEnd >= c.lineStart, { message: coded("lineEndBeforeStart", "lineEnd must not be before lineStart"), path: ["lineEnd"] })
  .refine((c) => c.lineEnd - c.lineStart < MAX_CITATION_LINES, {
    message: coded("citationTooLong", `must span at most ${MAX_CITATION_LINES} lines (one passage)`, { maximum: MAX_CITATION_LINES }),
    path: ["lineEnd"],
  });
export type Citation = z.infer<typeof citationSchema>;

export const citationsSchema = z.array(citationSchema).min(1, coded("needsCitation", "needs at least one citation"));
