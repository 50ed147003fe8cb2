// Seeds the database from prisma/dataset.json: validated whole (schema and every citation)
// before anything is written, then written in one transaction. Safe to run again.
//   npm run db:seed                 apply the dataset (updates seeded records in place)
//   npm run db:seed -- --if-empty   only when the database holds no framework yet
import { createDb } from "../lib/server/db";
import { DatasetFileError, loadDatasetFile } from "../lib/server/dataset/load-dataset-file";
import { seedDatabase } from "../lib/server/dataset/seed-database";

async function main() {
  const db = createDb();
  try {
    const dataset = loadDatasetFile(process.env.SEED_FILE || undefined);
    const result = await seedDatabase(db, dataset, { ifEmpty: process.argv.includes("--if-empty") });
    console.log(result ? `Seeded: ${JSON.stringify(result)}` : "Database already holds data; seed skipped.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DatasetFileError ? error.message : error);
  console.error("Nothing was written.");
  process.exit(1);
});
