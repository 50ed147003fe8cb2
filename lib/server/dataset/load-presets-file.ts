import fs from "node:fs";
import path from "node:path";
import type { Dataset } from "../../domain/dataset";
import { issuesToText, formatIssues } from "../../domain/format-issues";
import { presetReferenceIssues, presetsFileSchema, type Preset } from "../../domain/preset";
import { DatasetFileError } from "./load-dataset-file";

const SEED_PRESETS_FILE = "prisma/presets.json";

/** Reads the stakeholder presets and checks them against the dataset's criteria and categories. */
export function loadPresetsFile(dataset: Dataset, file: string = SEED_PRESETS_FILE, root: string = process.cwd()): Preset[] {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(path.resolve(root, file), "utf8"));
  } catch (error) {
    throw new DatasetFileError(`${file}: cannot be read as JSON (${(error as Error).message})`);
  }
  const parsed = presetsFileSchema.safeParse(json);
  if (!parsed.success) throw new DatasetFileError(`${file} is not valid:\n${issuesToText(formatIssues(parsed.error.issues, json))}`);
  const criteria = new Set(dataset.criteria.map((c) => c.slug));
  const categories = new Set(dataset.categories.map((c) => c.slug));
  const scales = new Map(dataset.criteria.map((c) => [c.slug, c.scale]));
  const problems = parsed.data.presets.flatMap((p) => presetReferenceIssues(p, criteria, categories, scales));
  const slugs = parsed.data.presets.map((p) => p.slug);
  slugs.forEach((slug, i) => {
    if (slugs.indexOf(slug) !== i) problems.push(`presets[${slug}].slug: used twice`);
  });
  if (problems.length) throw new DatasetFileError(`${file} is not valid:\n${problems.join("\n")}`);
  return parsed.data.presets;
}
