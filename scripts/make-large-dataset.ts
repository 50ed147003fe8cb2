// Writes a synthetic dataset for load tests: npx tsx scripts/make-large-dataset.ts 200 100 out.json
import fs from "node:fs";
import { datasetSchema } from "../lib/domain/dataset";
import { syntheticDataset } from "../tests/fixtures/synthetic-dataset";
import { seededRandom } from "../lib/random";

const [frameworks = "200", criteria = "100", out = "tests/.tmp/large-dataset.json"] = process.argv.slice(2);
const dataset = datasetSchema.parse(syntheticDataset(Number(frameworks), Number(criteria), seededRandom(11)));
fs.mkdirSync("tests/.tmp", { recursive: true });
fs.writeFileSync(out, JSON.stringify(dataset));
console.log(`Wrote ${out}: ${dataset.frameworks.length} frameworks x ${dataset.criteria.length} criteria`);
