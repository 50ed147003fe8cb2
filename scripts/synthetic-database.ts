// A fresh SQLite database seeded with the synthetic dataset (tests/fixtures/synthetic-dataset) and
// equal weights as its one preset: what npm run bench:ui and the e2e test of a large matrix serve.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { syntheticDataset } from "../tests/fixtures/synthetic-dataset";
import { seededRandom } from "../lib/random";

const bin = (name: string) => path.resolve("node_modules/.bin", name);
const EQUAL_WEIGHTS = {
  presets: [{ slug: "equal", title: "Equal weights", rationale: "Every criterion counts the same.", categoryWeights: {}, criterionWeights: {} }],
};

/**
 * Migrates a fresh SQLite file and seeds it: with the shipped seed, or with `frameworks` x
 * `criteria` synthetic ones (their files are written beside the database). Returns the
 * environment a server of it needs and how long the seed took.
 */
export function prepareDatabase(file: string, synthetic?: { frameworks: number; criteria: number }) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${path.resolve(file)}`,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (synthetic) {
    env.SEED_FILE = file.replace(/\.db$/, "-dataset.json");
    env.SEED_PRESETS_FILE = file.replace(/\.db$/, "-presets.json");
    fs.writeFileSync(env.SEED_FILE, JSON.stringify(syntheticDataset(synthetic.frameworks, synthetic.criteria, seededRandom(11))));
    fs.writeFileSync(env.SEED_PRESETS_FILE, JSON.stringify(EQUAL_WEIGHTS));
  }
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  execFileSync(bin("prisma"), ["migrate", "deploy"], { env, stdio: "ignore" });
  const seedStart = performance.now();
  execFileSync(bin("tsx"), ["--tsconfig", "tsconfig.scripts.json", "prisma/seed.ts"], { env, stdio: "ignore" });
  return { env, seedMs: performance.now() - seedStart };
}
