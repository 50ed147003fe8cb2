import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";

/** The text of a PDF as poppler's pdftotext lays it out (rows kept on their lines) (poppler-utils; .ci/run installs it), one string per page. */
export function pdfPages(bytes: Uint8Array): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-text-"));
  try {
    const file = path.join(dir, "sheet.pdf");
    fs.writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
      .split("\f")
      .slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace (line breaks of wrapped text included) folded to single spaces. */
export const folded = (text: string) => text.replace(/\s+/g, " ");

/** Every link annotation's target, per page, read back with pdf-lib's parser. */
export async function pdfLinks(bytes: Uint8Array): Promise<Array<Array<{ uri: string; rect: number[] }>>> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    if (!annots) return [];
    return annots.asArray().flatMap((ref) => {
      const annot = pdf.context.lookup(ref, PDFDict);
      if (annot.get(PDFName.of("Subtype"))?.toString() !== "/Link") return [];
      const action = annot.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of("URI"), PDFString);
      const rect = annot
        .lookup(PDFName.of("Rect"), PDFArray)
        .asArray()
        .map((n) => Number(n.toString()));
      return uri ? [{ uri: uri.decodeText(), rect }] : [];
    });
  });
}
