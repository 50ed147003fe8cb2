// Seeds the database from prisma/dataset.json: validated whole (schema and every citation)
// before anything is written, then written in one transaction. Safe to run again.
//   npm run db:seed                 apply the dataset (updates seeded records in place)
//   npm run db:seed -- --if-empty   only when the database holds no framework yet
// SEED_FILE and SEED_PRESETS_FILE name other files (load tests seed a synthetic dataset).
import { createDb } from "../lib/server/db";
import { DatasetFileError, loadDatasetFile } from "../lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "../lib/server/dataset/load-presets-file";
import { seedDatabase } from "../lib/server/dataset/seed-database";

async function main() {
  const db = createDb();
  try {
    const dataset = loadDatasetFile(process.env.SEED_FILE || undefined);
    const presets = loadPresetsFile(dataset, process.env.SEED_PRESETS_FILE || undefined);
    const result = await seedDatabase(db, dataset, presets, { ifEmpty: process.argv.includes("--if-empty") });
    console.log(result.dataset ? `Seeded the dataset: ${JSON.stringify(result.dataset)}` : "The database already holds frameworks: dataset seed skipped.");
    if (result.presets !== null) console.log(`Seeded ${result.presets} stakeholder presets.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DatasetFileError ? error.message : error);
  console.error("Nothing was written.");
  process.exit(1);
});
