import type { Dataset } from "../../domain/dataset";
import type { Preset } from "../../domain/preset";
import type { Db } from "../db";
import { writePresets } from "../scenarios/write-presets";
import { backfillSourceRevisions } from "../sources/backfill-source-revisions";
import { writeDataset, type WriteCounts } from "./write-dataset";

type SeedResult = { dataset: WriteCounts | null; presets: number | null };

/**
 * Writes the seed dataset and the stakeholder presets. With ifEmpty, each part is written
 * only when the database has none of it yet, so a restart never overwrites edits. A source
 * stored without its text (from before revisions) first gets revision 1 from its file.
 */
export async function seedDatabase(db: Db, dataset: Dataset, presets: readonly Preset[], options: { ifEmpty?: boolean } = {}): Promise<SeedResult> {
  // A database from before source revisions gets its texts first, whatever else is seeded.
  await backfillSourceRevisions(db);
  const writeData = !options.ifEmpty || (await db.framework.count()) === 0;
  const result: SeedResult = { dataset: writeData ? await writeDataset(db, dataset) : null, presets: null };
  const writeSeededPresets = !options.ifEmpty || (await db.scenario.count({ where: { preset: true } })) === 0;
  if (writeSeededPresets) result.presets = await writePresets(db, presets);
  return result;
}
