import { z } from "zod";
import { LOCALES } from "../i18n/locales";

/** What a user may type before downloading the PDF sheet, bounded: it is printed on page 1. */
export const SHEET_LIMITS = { title: 120, note: 600 } as const;
export const PAPER_SIZES = ["a4", "letter"] as const;
export type Paper = (typeof PAPER_SIZES)[number];

/** Control characters other than the note's line breaks would print as boxes or break lines. */
const printable = (s: string) => s.replace(/\r\n?/g, "\n").replace(/[^\P{Cc}\n]/gu, "");

export const sheetOptionsSchema = z
  .object({
    paper: z.enum(PAPER_SIZES, { message: "must be a4 or letter" }).default("a4"),
    /** The language of the CSV, Excel and PDF sheets' words (the JSON exports are data, the same in every language). */
    locale: z.enum(LOCALES, { message: `must be one of ${LOCALES.join(", ")}` }).default("en"),
    title: z
      .string()
      .transform((s) => printable(s).replace(/\n/g, " ").trim())
      .pipe(z.string().max(SHEET_LIMITS.title, `must be at most ${SHEET_LIMITS.title} characters`))
      .optional(),
    note: z
      .string()
      .transform((s) => printable(s).trim())
      .pipe(z.string().max(SHEET_LIMITS.note, `must be at most ${SHEET_LIMITS.note} characters`))
      .optional(),
  })
  .strict();
export type SheetOptions = z.infer<typeof sheetOptionsSchema>;

/** The query parameters of the sheet itself; the rest of the query is the view. */
const SHEET_PARAMS = ["paper", "title", "note", "locale"] as const;

/** Splits a request's query into the sheet's options (validated) and the view's own query. */
export function splitSheetQuery(query: URLSearchParams): { options: ReturnType<typeof sheetOptionsSchema.safeParse>; view: URLSearchParams } {
  const raw: Record<string, string> = {};
  const view = new URLSearchParams(query);
  for (const key of SHEET_PARAMS) {
    const value = query.get(key);
    if (value !== null && value !== "") raw[key] = value;
    view.delete(key);
  }
  return { options: sheetOptionsSchema.safeParse(raw), view };
}
