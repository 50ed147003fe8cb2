import type { IssueCode } from "../domain/issue-codes";
import { splitLines } from "./verify-citation";

/** A text is refused past this many lines (a 20 MB book has about 250,000). */
const MAX_SOURCE_LINES = 500_000;

/** Why a file gives no source text: in English (the API's `error`), and as a code with its parameters (`errors.<code>`). */
export type TextProblem = IssueCode & { error: string };
export type TextOutcome = { ok: true; text: string } | ({ ok: false } & TextProblem);

/** A problem with its code; the English is the API's, said from `errors.<code>` on a page. */
export const textProblem = (code: string, error: string, params?: IssueCode["params"]): TextProblem => (params ? { code, error, params } : { code, error });

/**
 * What is wrong with a text as a source revision, or null: it must have words, must not be a
 * binary file read as text, and must stay within the line limit.
 */
export function sourceTextProblem(text: string): TextProblem | null {
  if (text.trim() === "") return textProblem("fileNoText", "the file has no text");
  // A NUL never occurs in a text document; in a file it marks binary data (an image, a Word file...).
  if (text.includes("\u0000")) return textProblem("fileBinary", "the file is binary, not text: upload a UTF-8 .txt or .md file, or a PDF");
  const lines = splitLines(text).length;
  if (lines > MAX_SOURCE_LINES)
    return textProblem("tooManyLines", `the text has ${lines} lines; the limit is ${MAX_SOURCE_LINES}`, { count: lines, limit: MAX_SOURCE_LINES });
  return null;
}

/** Line breaks as citations count them: "\r\n" and a lone "\r" become "\n". */
const withUnixLineBreaks = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * The text of an uploaded .txt or .md file: UTF-8 (a byte-order mark dropped), line breaks
 * made "\n". Anything else (another encoding, a binary file, nothing) is refused with the reason.
 */
export function decodeTextUpload(bytes: Uint8Array): TextOutcome {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, ...textProblem("notUtf8", "the file is not UTF-8 text (a binary file, or text in another encoding: save it as UTF-8)") };
  }
  text = withUnixLineBreaks(text);
  const problem = sourceTextProblem(text);
  return problem ? { ok: false, ...problem } : { ok: true, text };
}
