// Validates a dataset file (default prisma/dataset.json) exactly as the seed does: the shared
// zod schemas, then every citation against its lines. Prints the counts; exits 1 on any problem.
import { datasetCitations } from "../lib/citations/verify-dataset-citations";
import { summariseDataset } from "../lib/domain/summarise-dataset";
import { DatasetFileError, loadDatasetFile } from "../lib/server/dataset/load-dataset-file";

try {
  const dataset = loadDatasetFile(process.argv[2]);
  console.log(JSON.stringify({ ...summariseDataset(dataset), citations: [...datasetCitations(dataset)].length }));
} catch (error) {
  if (!(error instanceof DatasetFileError)) throw error;
  console.error(error.message);
  process.exit(1);
}
