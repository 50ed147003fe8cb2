import { decodeTextUpload, type TextProblem, textProblem } from "../../citations/source-text";
import { extractPdfText } from "./extract-pdf-text";

/** An uploaded source file stops here: 413 past it. */
export const MAX_SOURCE_UPLOAD_BYTES = 20 * 1024 * 1024;

type UploadOutcome = { ok: true; text: string } | ({ ok: false; status: 400 | 413 } & TextProblem);

const startsWithPdfMarker = (bytes: Uint8Array) => bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";

/**
 * The text an uploaded file gives a source: a UTF-8 .txt or .md file as it is (line breaks made
 * "\n"), a PDF's text layer. Anything else is refused, with the reason: too large (413), empty,
 * binary, not UTF-8, a PDF without text.
 */
export async function readSourceUpload(name: string, bytes: Uint8Array): Promise<UploadOutcome> {
  if (bytes.byteLength > MAX_SOURCE_UPLOAD_BYTES)
    return {
      ok: false,
      status: 413,
      ...textProblem("fileOverLimit", `the file is over the ${MAX_SOURCE_UPLOAD_BYTES / 1048576} MB limit`, { limit: MAX_SOURCE_UPLOAD_BYTES / 1048576 }),
    };
  if (bytes.byteLength === 0) return { ok: false, status: 400, ...textProblem("fileEmpty", "the file is empty") };
  const lower = name.toLowerCase();
  const outcome =
    lower.endsWith(".pdf") || startsWithPdfMarker(bytes)
      ? await extractPdfText(bytes)
      : /\.(txt|text|md|markdown)$/.test(lower)
        ? decodeTextUpload(bytes)
        : { ok: false as const, ...textProblem("notSourceFile", `"${name}" is not a .txt, .md or .pdf file`, { name }) };
  return outcome.ok ? outcome : { ...outcome, status: 400 };
}
