import type { Citation } from "../domain/citation";
import type { IssueParams } from "../domain/issue-codes";

/** Why a citation does not match its lines: the English, and its code and parameters (`import.issues.<code>`). */
export type CitationMismatch = { error: string; code: "linesPastEnd" | "quoteNotInLines" | "linesWiderThanQuote"; params: IssueParams };
type CitationCheck = { ok: true } | ({ ok: false } & CitationMismatch);

const LINE_BREAK_HYPHEN = /[-\u2010\u2011\u2013\u2014]\s*\n\s*/g;

function canonical(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The text of lines [start, end] (1-based, inclusive) in the two readings that
 * "hyphenation aside" allows: a hyphen at a line break either joins a compound
 * ("military-technical") or splits a word ("de-escalation" vs "deescalation").
 */
function readings(lines: readonly string[], start: number, end: number): string[] {
  const raw = lines.slice(start - 1, end).join("\n");
  return [canonical(raw.replace(LINE_BREAK_HYPHEN, (m) => m.trim()[0] ?? "-")), canonical(raw.replace(LINE_BREAK_HYPHEN, ""))];
}

function quoteIn(lines: readonly string[], start: number, end: number, quote: string): boolean {
  return readings(lines, start, end).some((text) => text.includes(quote));
}

/**
 * Checks that a citation's quote appears word for word in its lines (line breaks and
 * hyphenation aside), that the lines exist, and that the span is the narrowest one:
 * dropping its first or its last line must lose part of the quote.
 */
export function verifyCitation(citation: Citation, lines: readonly string[]): CitationCheck {
  const { lineStart, lineEnd } = citation;
  const text = `"${citation.document}"${citation.revision === undefined ? "" : ` revision ${citation.revision}`}`;
  // The revision as a select can take it: "none" when the citation names none.
  const where = { start: lineStart, end: lineEnd, document: citation.document, revision: citation.revision ?? "none" };
  if (lineEnd > lines.length)
    return {
      ok: false,
      error: `lines ${lineStart}-${lineEnd} run past the end of ${text} (${lines.length} lines)`,
      code: "linesPastEnd",
      params: { ...where, count: lines.length },
    };
  const quote = canonical(citation.quote);
  if (!quoteIn(lines, lineStart, lineEnd, quote)) {
    const excerpt = quote.length > 60 ? `${quote.slice(0, 57)}...` : quote;
    return {
      ok: false,
      error: `quote "${excerpt}" is not in lines ${lineStart}-${lineEnd} of ${text}`,
      code: "quoteNotInLines",
      params: { ...where, quote: excerpt },
    };
  }
  if (lineEnd > lineStart && (quoteIn(lines, lineStart + 1, lineEnd, quote) || quoteIn(lines, lineStart, lineEnd - 1, quote)))
    return {
      ok: false,
      error: `lines ${lineStart}-${lineEnd} are wider than the quote needs; cite the narrowest span`,
      code: "linesWiderThanQuote",
      params: { start: lineStart, end: lineEnd },
    };
  return { ok: true };
}

/** Splits a source text into lines the way citations number them (1-based, "\n" separated). */
export function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
