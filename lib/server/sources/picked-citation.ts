import { quoteFromLines } from "../../citations/quote-from-lines";
import type { Citation } from "../../domain/citation";
import { MAX_CITATION_LINES } from "../../domain/citation";
import { slugSchema } from "../../domain/vocabulary";
import { getSource } from "./get-source";

/**
 * The citation that lines picked in the source viewer make, from an edit page's query
 * (?cite=862-864&doc=stepanova-2020&rev=1): the quote is those lines' text in that revision
 * (the current one without `rev`). Null when absent or invalid.
 */
export async function pickedCitation(query: Record<string, string | string[] | undefined>, defaultDocument = "stepanova-2020"): Promise<Citation | null> {
  const span = typeof query.cite === "string" ? /^(\d{1,6})-(\d{1,6})$/.exec(query.cite) : null;
  if (!span) return null;
  const document = typeof query.doc === "string" && slugSchema.safeParse(query.doc).success ? query.doc : defaultDocument;
  const revision = typeof query.rev === "string" && /^[1-9]\d{0,3}$/.test(query.rev) ? Number(query.rev) : undefined;
  const source = await getSource(document, revision);
  const [start, end] = [Number(span[1]), Number(span[2])];
  if (!source || start < 1 || end < start || end > source.lines.length || end - start >= MAX_CITATION_LINES) return null;
  return { document, revision: source.revision, lineStart: start, lineEnd: end, quote: quoteFromLines(source.lines, start, end) };
}
