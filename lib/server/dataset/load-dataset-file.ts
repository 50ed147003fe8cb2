import fs from "node:fs";
import path from "node:path";
import { verifyDatasetCitations } from "../../citations/verify-dataset-citations";
import { parseDataset } from "../../domain/load-dataset";
import { issuesToText } from "../../domain/format-issues";
import { resolveDataset, revisionLines, type StoredDataset } from "./resolve-dataset";

const SEED_DATASET_FILE = "prisma/dataset.json";

export class DatasetFileError extends Error {}

/**
 * Reads a dataset file and checks it whole, schema, source texts and citations (each against
 * the revision it names), before anything is written; throws a DatasetFileError naming each bad
 * record and field. Returns it in its stored form (texts read, revisions named).
 */
export function loadDatasetFile(file: string = SEED_DATASET_FILE, root: string = process.cwd()): StoredDataset {
  const full = path.resolve(root, file);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(full, "utf8"));
  } catch (error) {
    throw new DatasetFileError(`${file}: cannot be read as JSON (${(error as Error).message})`);
  }
  const result = parseDataset(json);
  if (!result.ok) throw new DatasetFileError(`${file} is not a valid dataset:\n${issuesToText(result.issues)}`);
  const resolved = resolveDataset(result.value, root);
  if (!resolved.ok) throw new DatasetFileError(`${file} has sources whose text cannot be used:\n${issuesToText(resolved.issues)}`);
  const problems = verifyDatasetCitations(resolved.dataset, revisionLines(resolved.dataset));
  if (problems.length)
    throw new DatasetFileError(`${file} has citations that do not match their source:\n${problems.map((p) => `${p.path}: ${p.error}`).join("\n")}`);
  return resolved.dataset;
}
