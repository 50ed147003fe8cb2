import { sourceTextProblem, type TextOutcome, textProblem } from "../../citations/source-text";

/** A PDF with more pages is refused (a long book has about a thousand). */
const MAX_PDF_PAGES = 2000;
/** Extraction stops past this time, whatever the PDF. */
const PDF_TIME_LIMIT_MS = 30_000;

type TextItem = { str?: string; hasEOL?: boolean };

/** A page's text items as lines: an item that ends a line ends one; trailing spaces dropped. */
function pageLines(items: readonly TextItem[]): string[] {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    if (typeof item.str !== "string") continue; // marked-content markers carry no text
    line += item.str;
    if (item.hasEOL) {
      lines.push(line.trimEnd());
      line = "";
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

/**
 * The text layer of a PDF, read with pdf.js on the server: its lines in reading order, page
 * after page. A scanned PDF has none, and is refused with that reason, as are a PDF that is not
 * one, a locked one, one past the page limit and one that takes too long.
 */
export async function extractPdfText(
  bytes: Uint8Array,
  limits: { pages: number; ms: number; now?: () => number } = { pages: MAX_PDF_PAGES, ms: PDF_TIME_LIMIT_MS },
): Promise<TextOutcome> {
  const now = limits.now ?? Date.now;
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes the buffer over (detaches it): give it a copy. No eval, no fonts: only text is wanted.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const deadline = now() + limits.ms;
  const timer = setTimeout(() => void task.destroy(), limits.ms);
  const tooLong = {
    ok: false as const,
    ...textProblem("pdfTooSlow", `reading the PDF took longer than ${limits.ms / 1000} s: upload its text as a .txt file`, { seconds: limits.ms / 1000 }),
  };
  const unreadable = { ok: false as const, ...textProblem("notPdf", "the file is not a readable PDF") };
  try {
    let pdf: Awaited<typeof task.promise>;
    try {
      pdf = await task.promise;
    } catch (error) {
      if (now() >= deadline) return tooLong;
      if ((error as Error).name === "PasswordException")
        return { ok: false, ...textProblem("pdfLocked", "the PDF is locked with a password: upload an unlocked copy") };
      return unreadable;
    }
    if (pdf.numPages > limits.pages)
      return {
        ok: false,
        ...textProblem("pdfTooManyPages", `the PDF has ${pdf.numPages} pages; the limit is ${limits.pages}`, { count: pdf.numPages, limit: limits.pages }),
      };
    const lines: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      if (now() >= deadline) return tooLong;
      const page = await pdf.getPage(n);
      lines.push(...pageLines((await page.getTextContent()).items as TextItem[]));
      page.cleanup();
    }
    // Past the deadline on its last page: one page of millions of operators took 31 s.
    if (now() >= deadline) return tooLong;
    // A font with no Unicode map can yield NULs: they are not text.
    const text = lines.join("\n").replaceAll("\u0000", "");
    if (text.trim() === "")
      return {
        ok: false,
        ...textProblem("pdfNoText", "the PDF has no text layer (a scan or images only): upload its text as a .txt file, or a PDF with text"),
      };
    const problem = sourceTextProblem(`${text}\n`);
    return problem ? { ok: false, ...problem } : { ok: true, text: `${text}\n` };
  } catch {
    return now() >= deadline ? tooLong : unreadable;
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}
