import { z } from "zod";
import { coded } from "./issue-codes";
import { FIRST_SOURCE_YEAR, LAST_SOURCE_YEAR, languageSchema, sourceMetaFields, webAddressMessage, yearFromMessage, yearUntilMessage } from "./source";
import { slugSchema } from "./vocabulary";

const SOURCE_UPLOAD_MODES = ["preview", "save"] as const;

/** A form field left empty, or not sent, is no value. */
const optionalText = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v), schema.nullable());

const reasonSchema = z
  .string({ error: coded("sayWhyAdded", "say why this text is added") })
  .trim()
  .min(3, coded("reasonTooShort", "say why in a few words"))
  .max(500, "must be at most 500 characters");
const modeSchema = z.enum(SOURCE_UPLOAD_MODES, { error: coded("previewOrSave", 'must be "preview" or "save"') });

/** What the form says when no file is chosen (the API says "missing: …" beside `file`). */
export const chooseFileMessage = coded("chooseFile", "choose a .txt, .md or .pdf file");

/**
 * The fields of POST /api/sources beside its `file` (multipart, so every value arrives as text):
 * the source's metadata, why it is added, and `mode`: preview (the numbered lines, nothing
 * saved) or save. `slug` is optional: without it one is made from the author and the year.
 */
export const sourceUploadFieldsSchema = z
  .object({
    mode: modeSchema,
    slug: optionalText(slugSchema),
    title: sourceMetaFields.title,
    author: sourceMetaFields.author,
    year: z
      .string({ error: "is required" })
      .trim()
      .regex(/^\d{4}$/, coded("notYear", "must be a year of four digits"))
      .transform(Number)
      .pipe(z.number().int().min(FIRST_SOURCE_YEAR, yearFromMessage).max(LAST_SOURCE_YEAR, yearUntilMessage)),
    publisher: optionalText(z.string().trim().max(200, "must be at most 200 characters")),
    url: optionalText(z.string().trim().url(webAddressMessage).max(2000)),
    language: z.string({ error: coded("languageMissing", "is required: a language tag such as en") }).pipe(languageSchema),
    reason: reasonSchema,
  })
  .strict();
export type SourceUploadFields = z.infer<typeof sourceUploadFieldsSchema>;

/** The fields of POST /api/sources/{slug}/revisions beside its `file`: why the text changes, and the mode. */
export const sourceRevisionFieldsSchema = z.object({ mode: modeSchema, reason: reasonSchema }).strict();

/** What a preview answers: the text as it would be stored, line by line, numbered as citations count them. */
export type SourcePreview = {
  mode: "preview";
  slug: string;
  revision: number;
  sha256: string;
  lineCount: number;
  lines: Array<{ number: number; text: string }>;
};
/** What a save answers (201). */
export type SourceSaved = { slug: string; revision: number; sha256: string; lineCount: number };

/** Lower-case ASCII words joined by hyphens; accents dropped, other scripts left out. */
function slugWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A slug for a new source from its author and year, as the seed names its paper
 * (stepanova-2020): a person's surname (the last of up to three words before any "," ";" or
 * "and"), or the first three words of an organisation's name; "-2", "-3"... when taken.
 */
export function proposeSourceSlug(author: string, year: number, taken: ReadonlySet<string>): string {
  const first = author.split(/,|;|\band\b|&/)[0] ?? author;
  const words = slugWords(first);
  const base = `${(words.length <= 3 ? words.slice(-1) : words.slice(0, 3)).join("-").slice(0, 60) || "source"}-${year}`;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
