import type { Dataset } from "../../domain/dataset";
import type { Db } from "../db";
import { writeDataset, type WriteCounts } from "./write-dataset";

/** Writes the seed dataset; with ifEmpty, only into a database that has no framework yet. */
export async function seedDatabase(db: Db, dataset: Dataset, options: { ifEmpty?: boolean } = {}): Promise<WriteCounts | null> {
  if (options.ifEmpty && (await db.framework.count()) > 0) return null;
  return writeDataset(db, dataset);
}
