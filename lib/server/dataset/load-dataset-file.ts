import fs from "node:fs";
import path from "node:path";
import type { Dataset } from "../../domain/dataset";
import { parseDataset } from "../../domain/load-dataset";
import { issuesToText } from "../../domain/format-issues";
import { splitLines } from "../../citations/verify-citation";
import { verifyDatasetCitations } from "../../citations/verify-dataset-citations";

export const SEED_DATASET_FILE = "prisma/dataset.json";

export class DatasetFileError extends Error {}

/**
 * Reads a dataset file and checks it whole, schema and citations, before anything is
 * written; throws a DatasetFileError naming each bad record and field.
 */
export function loadDatasetFile(file: string = SEED_DATASET_FILE, root: string = process.cwd()): Dataset {
  const full = path.resolve(root, file);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(full, "utf8"));
  } catch (error) {
    throw new DatasetFileError(`${file}: cannot be read as JSON (${(error as Error).message})`);
  }
  const result = parseDataset(json);
  if (!result.ok) throw new DatasetFileError(`${file} is not a valid dataset:\n${issuesToText(result.issues)}`);
  const texts = new Map<string, string[]>();
  for (const s of result.value.sources) {
    try {
      texts.set(s.slug, splitLines(fs.readFileSync(path.resolve(root, s.file), "utf8")));
    } catch {
      throw new DatasetFileError(`${file}: sources[${s.slug}].file: cannot read "${s.file}"`);
    }
  }
  const problems = verifyDatasetCitations(result.value, (doc) => texts.get(doc) ?? null);
  if (problems.length)
    throw new DatasetFileError(`${file} has citations that do not match their source:\n${problems.map((p) => `${p.path}: ${p.error}`).join("\n")}`);
  return result.value;
}
