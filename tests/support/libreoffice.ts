import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";

/** LibreOffice's command line, where it is installed (Debian's libreoffice-calc-nogui; .ci/run installs it). */
export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p)) ?? null;

/**
 * LibreOffice keeps an .xlsx file's cached results unless told to recalculate on load: a
 * profile of its own that always recalculates, so the results it saves are its own arithmetic.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Each workbook opened in LibreOffice headless, recalculated and saved again (one start of LibreOffice for all), read back. */
export async function recalculatedByLibreOffice(files: Record<string, Uint8Array>): Promise<Record<string, ExcelJS.Workbook>> {
  if (!SOFFICE) throw new Error("LibreOffice is not installed");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "libreoffice-"));
  try {
    fs.mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
    fs.writeFileSync(path.join(dir, "profile", "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const file = path.join(dir, `${name}.xlsx`);
      fs.writeFileSync(file, bytes);
      return file;
    });
    const out = path.join(dir, "out");
    await promisify(execFile)(
      SOFFICE,
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out, ...inputs],
      { timeout: 240_000 },
    );
    const books: Record<string, ExcelJS.Workbook> = {};
    for (const name of Object.keys(files)) {
      books[name] = new ExcelJS.Workbook();
      await books[name].xlsx.readFile(path.join(out, `${name}.xlsx`));
    }
    return books;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
