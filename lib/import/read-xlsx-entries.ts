import yauzl, { type Entry, type ZipFile } from "yauzl";
import type { IssueReport } from "../domain/format-issues";
import { fileIssue, megabytes, WHOLE_FILE } from "./import-issue";

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

/** Megabytes as the messages say them ("32.0 MB"). */
const mb = (size: number) => `${size.toFixed(1)} MB`;
const unreadable = (issue: IssueReport): XlsxEntries => ({
  ok: false,
  problem: "invalid",
  error: "the file is not a readable Excel workbook",
  issues: [issue],
});
const tooLarge = (issue: IssueReport): XlsxEntries => ({ ok: false, problem: "too-large", error: "the workbook is too large once unpacked", issues: [issue] });
/** An archive (or a part of it) that yauzl cannot read: its own words. */
const unreadableArchive = (error: unknown, path = WHOLE_FILE) => {
  const detail = (error as Error).message;
  return unreadable(fileIssue("archiveUnreadable", detail, { detail }, path));
};

/** A part that unpacks to more than the limit, whatever it declared (inflate's own refusal). */
class PartOverflow extends Error {
  constructor(readonly limit: number) {
    super(`unpacks to more than ${mb(megabytes(limit))}`);
  }
}

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
    return unreadableArchive(error);
  }
  try {
    if (zip.entryCount > limits.maxEntries)
      return tooLarge(
        fileIssue("archiveTooManyEntries", `the archive lists ${zip.entryCount} entries; the limit is ${limits.maxEntries}`, {
          count: zip.entryCount,
          limit: limits.maxEntries,
        }),
      );
    const needed: Entry[] = [];
    let total = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        if (!isNeededXlsxPart(entry.fileName)) continue;
        const part = entry.fileName;
        if (needed.some((e) => e.fileName === part)) return unreadable(fileIssue("archivePartTwice", "the archive holds this part twice", {}, part));
        if (entry.uncompressedSize > limits.maxPartBytes) {
          const [size, limit] = [megabytes(entry.uncompressedSize), megabytes(limits.maxPartBytes)];
          return tooLarge(fileIssue("archivePartTooLarge", `unpacks to ${mb(size)}; the limit is ${mb(limit)} per part`, { size, limit }, part));
        }
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes) {
          const limit = megabytes(limits.maxTotalBytes);
          return tooLarge(fileIssue("workbookTooLarge", `with this part the workbook unpacks to more than ${mb(limit)}, the limit`, { limit }, part));
        }
        needed.push(entry);
      }
    } catch (error) {
      return unreadableArchive(error);
    }
    if (!needed.some((e) => e.fileName === "xl/workbook.xml"))
      return unreadable(fileIssue("notWorkbook", "missing: this is not an Excel workbook", {}, "xl/workbook.xml"));
    const parts = new Map<string, Buffer>();
    for (const entry of needed) {
      try {
        parts.set(entry.fileName, await inflate(zip, entry, limits.maxPartBytes));
      } catch (error) {
        if (error instanceof PartOverflow)
          return unreadable(fileIssue("archivePartOverflow", error.message, { limit: megabytes(error.limit) }, entry.fileName));
        return unreadableArchive(error, entry.fileName);
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
    if (size > max) throw new PartOverflow(max);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
