import yauzl, { type Entry, type ZipFile } from "yauzl";
import type { IssueReport } from "../domain/format-issues";

const MiB = 1024 * 1024;

type XlsxLimits = { maxEntries: number; maxPartBytes: number; maxTotalBytes: number };

/**
 * The app's workbook unpacks to 0.3 MB; at the benchmark's 200 frameworks x 100 criteria, to
 * 20 MB, its largest part (the Evidence sheet) 10.6 MB. These leave room for that and refuse a
 * bomb before it is inflated; an Excel-saved workbook has a few dozen entries.
 */
export const XLSX_LIMITS: XlsxLimits = { maxEntries: 1000, maxPartBytes: 32 * MiB, maxTotalBytes: 48 * MiB };

/**
 * The parts exceljs reads cells from, and those its load dereferences from a sheet's
 * relationships (comments, notes, drawings, tables) and fails without. Everything else (media,
 * themes, printer settings, document properties, charts) is never inflated: exceljs would
 * otherwise inflate every entry, wanted or not.
 */
const NEEDED_PARTS = [
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
  /^xl\/tables\/table\d+\.xml$/,
];

const isNeededXlsxPart = (name: string) => NEEDED_PARTS.some((pattern) => pattern.test(name));

type XlsxEntries = { ok: true; parts: Map<string, Buffer> } | { ok: false; problem: "invalid" | "too-large"; error: string; issues: IssueReport[] };

const megabytes = (bytes: number) => `${(bytes / MiB).toFixed(1)} MB`;
const unreadable = (path: string, message: string): XlsxEntries => ({
  ok: false,
  problem: "invalid",
  error: "the file is not a readable Excel workbook",
  issues: [{ path, message }],
});
const tooLarge = (path: string, message: string): XlsxEntries => ({
  ok: false,
  problem: "too-large",
  error: "the workbook is too large once unpacked",
  issues: [{ path, message }],
});

/**
 * Reads an .xlsx archive's central directory, keeps the parts exceljs needs, checks their
 * declared sizes against the limits, then inflates only those. yauzl refuses any entry whose
 * data unpacks to more (or less) than it declares, so a lying entry costs at most its limit.
 */
export async function readXlsxEntries(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Promise<XlsxEntries> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
      autoClose: false,
    });
  } catch (error) {
    return unreadable("(file)", (error as Error).message);
  }
  try {
    if (zip.entryCount > limits.maxEntries) return tooLarge("(file)", `the archive lists ${zip.entryCount} entries; the limit is ${limits.maxEntries}`);
    const needed: Entry[] = [];
    let total = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        if (!isNeededXlsxPart(entry.fileName)) continue;
        if (needed.some((e) => e.fileName === entry.fileName)) return unreadable(entry.fileName, "the archive holds this part twice");
        if (entry.uncompressedSize > limits.maxPartBytes)
          return tooLarge(entry.fileName, `unpacks to ${megabytes(entry.uncompressedSize)}; the limit is ${megabytes(limits.maxPartBytes)} per part`);
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes)
          return tooLarge(entry.fileName, `with this part the workbook unpacks to more than ${megabytes(limits.maxTotalBytes)}, the limit`);
        needed.push(entry);
      }
    } catch (error) {
      return unreadable("(file)", (error as Error).message);
    }
    if (!needed.some((e) => e.fileName === "xl/workbook.xml")) return unreadable("xl/workbook.xml", "missing: this is not an Excel workbook");
    const parts = new Map<string, Buffer>();
    for (const entry of needed) {
      try {
        parts.set(entry.fileName, await inflate(zip, entry, limits.maxPartBytes));
      } catch (error) {
        return unreadable(entry.fileName, (error as Error).message);
      }
    }
    return { ok: true, parts };
  } finally {
    zip.close();
  }
}

/** The entry's data, never more than `max` bytes whatever it declares. */
async function inflate(zip: ZipFile, entry: Entry, max: number): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new Error(`unpacks to more than ${megabytes(max)}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
