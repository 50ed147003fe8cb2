import fs from "node:fs";
import path from "node:path";

/**
 * The text of a source shipped in the repository (prisma/sources/<name>.txt), or null when it
 * is not there. The schema pins `file` to that folder; reading by base name keeps it there.
 */
export function readShippedSourceText(file: string, root: string = process.cwd()): string | null {
  try {
    return fs.readFileSync(path.join(root, "prisma", "sources", path.basename(file)), "utf8");
  } catch {
    return null;
  }
}
