import { z } from "zod";
import { slugSchema } from "./vocabulary";

/** A source document; its full text lives in the repository at `file` (prisma/sources/…). */
export const sourceSchema = z
  .object({
    slug: slugSchema,
    title: z.string().trim().min(1).max(300),
    author: z.string().trim().min(1).max(200),
    year: z.number().int().min(1900).max(2100),
    publisher: z.string().trim().max(200).nullable().default(null),
    url: z.string().url().nullable().default(null),
    file: z.string().regex(/^prisma\/sources\/[a-z0-9-]+\.txt$/, 'must be a path like "prisma/sources/<slug>.txt"'),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** A source as the API returns it: its metadata and its line count, not the whole text. */
export const sourceOutputSchema = sourceSchema.extend({ lineCount: z.number().int().min(0) });
export type SourceOutput = z.infer<typeof sourceOutputSchema>;
