import fs from "node:fs/promises";
import path from "node:path";

/**
 * A source's full text from its file in the repository. The schema pins `file` to
 * prisma/sources/<name>.txt; reading by base name keeps the lookup inside that folder.
 */
export async function readSourceText(file: string): Promise<string> {
  return fs.readFile(path.join(process.cwd(), "prisma", "sources", path.basename(file)), "utf8");
}
