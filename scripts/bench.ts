// npm run bench: times the scoring engine on 5x45 and 200x100 matrices beside a hand-tight
// Float64Array weighted-sum loop measured in the same run, and prints the figures. Nothing
// here is asserted: timings vary by machine.
import { availableParallelism, loadavg } from "node:os";
import { flipThresholds } from "../lib/scoring/analyze";
import type { Problem } from "../lib/scoring/methods/method";
import { promethee2Method } from "../lib/scoring/methods/promethee2";
import { METHOD_IDS } from "../lib/scoring/methods/registry";
import { robustness } from "../lib/scoring/robustness-request";
import { scoreMatrix, type ScoreInput } from "../lib/scoring/score-matrix";
import { topsisFlips, wsmFlips } from "../lib/scoring/sensitivity";
import { topsis } from "../lib/scoring/topsis";
import { tornado } from "../lib/scoring/tornado";
import { weightedScores, weightedSum } from "../lib/scoring/weighted-sum";
import { seededRandom } from "../lib/random";

function input(rows: number, cols: number, method: "wsm" | "topsis", seed = 7): ScoreInput {
  const random = seededRandom(seed);
  return {
    method,
    criteria: Array.from({ length: cols }, (_, j) => ({
      id: `c${j}`,
      direction: j % 4 === 0 ? ("cost" as const) : ("benefit" as const),
      weight: 1 + Math.floor(random() * 100),
      bounds: { min: -2, max: 2 },
    })),
    matrix: Array.from({ length: rows }, () => Array.from({ length: cols }, () => (random() < 0.05 ? null : Math.round(random() * 4) - 2))),
  };
}

/** Median time per call in microseconds, over batches that each run for about 25 ms. */
function time(fn: () => unknown): number {
  for (let i = 0; i < 20; i++) fn();
  let perBatch = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) fn();
    if (Number(process.hrtime.bigint() - start) > 25e6) break;
    perBatch *= 2;
  }
  const samples: number[] = [];
  for (let s = 0; s < 9; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(Number(process.hrtime.bigint() - start) / perBatch / 1e3);
  }
  return samples.sort((a, b) => a - b)[4]!;
}

let sink = 0;
function handLoop(values: Float64Array, weights: Float64Array, rows: number, cols: number, out: Float64Array) {
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const base = i * cols;
    for (let j = 0; j < cols; j++) s += weights[j]! * values[base + j]!;
    out[i] = s;
  }
  sink += out[0]!;
}

const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(2)} µs`);

for (const [rows, cols] of [
  [5, 45],
  [200, 100],
] as const) {
  const wsmIn = input(rows, cols, "wsm");
  const topIn = input(rows, cols, "topsis");
  const wsm = scoreMatrix(wsmIn);
  const top = scoreMatrix(topIn);
  if (!wsm.ok || !top.ok) throw new Error("bench input refused");
  const w = wsm.value;
  const t = top.value;
  const out = new Float64Array(rows);

  const loop = time(() => handLoop(w.normalised.values, w.weights, rows, cols, out));
  const weightedSumScores = time(() => weightedScores(w.normalised, w.weights, out));
  const weightedSumWithContributions = time(() => weightedSum(w.normalised, w.weights));
  const topsisOnly = time(() => topsis(t.normalised, t.weights, t.higherIsBetter));
  const wsmSensitivity = time(() => wsmFlips(w.normalised, w.weights, w.order[0]!));
  const topsisSensitivity = time(() => topsisFlips(t.normalised, t.weights, t.higherIsBetter, t.order[0]!));
  const fullWsm = time(() => {
    const s = scoreMatrix(wsmIn);
    if (s.ok) flipThresholds(s.value);
  });
  const fullTopsis = time(() => {
    const s = scoreMatrix(topIn);
    if (s.ok) flipThresholds(s.value);
  });
  const fullWsmWithTornado = time(() => {
    const s = scoreMatrix(wsmIn);
    if (s.ok) {
      flipThresholds(s.value);
      tornado(s.value);
    }
  });
  const fullTopsisWithTornado = time(() => {
    const s = scoreMatrix(topIn);
    if (s.ok) {
      flipThresholds(s.value);
      tornado(s.value);
    }
  });

  console.log(`\n${rows} alternatives x ${cols} criteria`);
  console.log(`  hand-tight Float64Array loop      ${fmt(loop)}`);
  console.log(`  weighted sum (scores)             ${fmt(weightedSumScores)}   ${(weightedSumScores / loop).toFixed(2)}x the loop`);
  console.log(`  weighted sum + contributions      ${fmt(weightedSumWithContributions)}   ${(weightedSumWithContributions / loop).toFixed(2)}x the loop`);
  console.log(`  TOPSIS (scores)                   ${fmt(topsisOnly)}   ${(topsisOnly / loop).toFixed(2)}x the loop`);
  console.log(`  sensitivity, weighted sum         ${fmt(wsmSensitivity)}`);
  console.log(`  sensitivity, TOPSIS               ${fmt(topsisSensitivity)}`);
  console.log(`  full recompute + sensitivity, WSM     ${fmt(fullWsm)}`);
  console.log(`  full recompute + sensitivity, TOPSIS  ${fmt(fullTopsis)}`);
  console.log(`  full WSM recompute + sensitivity + tornado  ${fmt(fullWsmWithTornado)}`);
  console.log(`  full TOPSIS recompute + sensitivity + tornado  ${fmt(fullTopsisWithTornado)}`);
}
if (sink === 42) console.log("");

// PROMETHEE II through the method registry (what POST /api/analyze runs): O(n^2 m) pairwise
// preferences, then the weighted sum of the unicriterion flows and its exact flip points.
function benchPromethee() {
  for (const [rows, cols] of [
    [5, 35],
    [200, 100],
  ] as const) {
    const base = input(rows, cols, "wsm");
    const usual = { criteria: base.criteria, matrix: base.matrix };
    const gaussian = { ...usual, criteria: base.criteria.map((c) => ({ ...c, preference: { type: "gaussian" as const, s: 1 } })) };
    // A fresh copy of the matrix each time: the pairwise preferences are computed, as for a new view.
    const run = (p: Problem) => () => {
      const e = promethee2Method.score({ ...p, matrix: p.matrix.map((row) => [...row]) }, p.criteria);
      if (e.ok) e.value.sensitivity?.flips();
    };
    // The same matrix with new weights, as after a slider's move: the pairwise preferences are kept (kept-per-matrix.ts).
    const reweigh = (p: Problem) => {
      let k = 0;
      return () => {
        const weighted = { ...p, criteria: p.criteria.map((c, j) => ({ ...c, weight: j === k % cols ? 2 : 1 })) };
        k++;
        const e = promethee2Method.score(weighted, weighted.criteria);
        if (e.ok) e.value.sensitivity?.flips();
      };
    };
    console.log(`\nPROMETHEE II, ${rows} alternatives x ${cols} criteria (flows, contributions and flip points)`);
    console.log(`  usual preference functions      ${fmt(time(run(usual)))}`);
    console.log(`  Gaussian preference functions   ${fmt(time(run(gaussian)))}`);
    console.log(`  new weights, same matrix        ${fmt(time(reweigh(usual)))}`);
  }
}
benchPromethee();

// SMAA-2 as POST /api/robustness runs it (on the engine's worker thread there): uniform weights,
// 10,000 samples at 5 x 35 and the 5,000 its budget allows at 200 x 100, preparation included.
function benchSmaa() {
  // Timings scale with whatever else the machine runs: the load is printed beside them.
  console.log(`\n(load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
  for (const [rows, cols] of [
    [5, 35],
    [200, 100],
  ] as const) {
    const base = input(rows, cols, "wsm");
    const request = {
      alternatives: Array.from({ length: rows }, (_, i) => `a${i}`),
      criteria: base.criteria.map(({ id, direction }) => ({ id, direction })),
      matrix: base.matrix.map((row) => [...row]),
      weightModel: "simplex" as const,
      seed: 1,
    };
    const samples = rows === 200 ? 5_000 : 10_000;
    console.log(`\nSMAA-2, ${rows} alternatives x ${cols} criteria, ${samples.toLocaleString("en")} samples (median of 3)`);
    for (const method of METHOD_IDS) {
      const runs = [0, 1, 2].map(() => {
        const start = performance.now();
        robustness({ ...request, samples, method });
        return performance.now() - start;
      });
      const ms = runs.sort((a, b) => a - b)[1]!;
      console.log(`  ${method.padEnd(11)} ${ms.toFixed(0).padStart(5)} ms   ${Math.round(samples / (ms / 1000)).toLocaleString("en")} samples/s`);
    }
    // The weight models of /compare's robustness panel, by the weighted sum: ±20% around weights, their order, none.
    const weights = base.criteria.map((c) => c.weight);
    const total = weights.reduce((a, b) => a + b, 0);
    const models = {
      intervals: request.criteria.map((c, j) => ({ ...c, weightInterval: [(0.8 * weights[j]!) / total, (1.2 * weights[j]!) / total] as [number, number] })),
      ordinal: request.criteria.map((c, j) => ({ ...c, rank: 1 + weights.filter((w) => w > weights[j]!).length })),
      simplex: request.criteria,
    };
    for (const [weightModel, criteria] of Object.entries(models)) {
      const runs = [0, 1, 2].map(() => {
        const start = performance.now();
        robustness({ ...request, criteria, weightModel: weightModel as keyof typeof models, samples, method: "wsm" });
        return performance.now() - start;
      });
      const ms = runs.sort((a, b) => a - b)[1]!;
      console.log(`  wsm, ${weightModel.padEnd(9)} ${ms.toFixed(0).padStart(5)} ms   ${Math.round(samples / (ms / 1000)).toLocaleString("en")} samples/s`);
    }
  }
}
benchSmaa();
// What /compare computes in the browser on each weight change: scores, contributions, flips and the tornado.
async function benchComparison() {
  const { syntheticDataset } = await import("../tests/fixtures/synthetic-dataset");
  const { buildComparisonFromValues, valueMatrix } = await import("../lib/compare/build-comparison");
  const { resolveWeights } = await import("../lib/scoring/effective-weights");
  const dataset = syntheticDataset(200, 100, seededRandom(11));
  const weights = resolveWeights(
    dataset.criteria,
    dataset.categories.map((c) => c.slug),
    undefined,
    { criterion: {}, category: {} },
  );
  const values = valueMatrix(dataset.frameworks, dataset.criteria);
  const frameworks = dataset.frameworks.map((f) => f.slug);
  console.log("\nbuildComparison at 200 x 100 (what /compare recomputes on each weight change)");
  for (const method of ["wsm", "topsis"] as const)
    console.log(
      `  ${method.padEnd(6)}  ${fmt(time(() => buildComparisonFromValues({ frameworks, values, criteria: dataset.criteria, weights, method, missing: "mean" })))}`,
    );
  // What follows a weight change a moment later, each in a task of its own: the perspectives under every method and policy, and the sweep.
  const { methodPerspectives } = await import("../lib/compare/perspectives");
  const { weightSweep } = await import("../lib/compare/weight-sweep");
  const common = { frameworks, values, criteria: dataset.criteria, categories: dataset.categories.map((c) => c.slug) };
  let step = 0;
  const nudged = () => ({ ...weights, criterion: { ...weights.criterion, [dataset.criteria[0]!.slug]: 10 + (step++ % 80) } });
  console.log(
    `  perspectives, every method and policy, new weights  ${fmt(time(() => methodPerspectives({ ...common, weights: nudged(), method: "wsm", missing: "mean" })))}`,
  );
  const scored = buildComparisonFromValues({ frameworks, values, criteria: dataset.criteria, weights, method: "wsm", missing: "mean" }).scored!;
  const target = { kind: "criterion" as const, slug: dataset.criteria[0]!.slug };
  console.log(
    `  score against one weight (sweep)                    ${fmt(time(() => weightSweep({ scored, criteria: dataset.criteria, weights, slugs: frameworks }, target)))}`,
  );
}

// Exports of the seeded 5 x 35 comparison and of a 200 x 100 one (the writers only; the database is not involved).
async function benchExports() {
  const { syntheticDataset } = await import("../tests/fixtures/synthetic-dataset");
  const { datasetComparisonModel } = await import("../lib/export/dataset-model");
  const { loadDatasetFile } = await import("../lib/server/dataset/load-dataset-file");
  const { loadPresetsFile } = await import("../lib/server/dataset/load-presets-file");
  const { writeCsv } = await import("../lib/export/write-csv");
  const { writeXlsx } = await import("../lib/export/write-xlsx");
  const { writePdf } = await import("../lib/export/write-pdf");
  const once = async (fn: () => Promise<unknown> | unknown) => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await fn();
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[1]!;
  };
  const seed = loadDatasetFile();
  const preset = loadPresetsFile(seed).find((p) => p.slug === "us-gulf-deterrence");
  for (const [label, model] of [
    [
      `${seed.frameworks.length} frameworks x ${seed.criteria.length} criteria (seeded, custom weights)`,
      datasetComparisonModel(seed, { preset, criterion: { viability: 7 } }),
    ],
    ["200 frameworks x 100 criteria", datasetComparisonModel(syntheticDataset(200, 100, seededRandom(11)))],
  ] as const) {
    const pdf = await writePdf(model);
    console.log(`\nExports, ${label} (median of 3)`);
    console.log(`  CSV   ${(await once(() => writeCsv(model))).toFixed(0)} ms`);
    console.log(`  XLSX  ${(await once(() => writeXlsx(model))).toFixed(0)} ms`);
    console.log(
      `  PDF   ${(await once(() => writePdf(model, { title: "Bench sheet", note: "A note." }))).toFixed(0)} ms   (${(pdf.byteLength / 1024).toFixed(0)} KB)`,
    );
  }
}

// JSON import of a 200 x 100 dataset: parse and check the file, verify every citation, diff,
// and write it in one transaction into a fresh SQLite file.
async function benchImport() {
  const { execFileSync } = await import("node:child_process");
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const { syntheticDataset } = await import("../tests/fixtures/synthetic-dataset");
  const { parseImportFile } = await import("../lib/import/parse-import-file");
  const { verifyDatasetCitations } = await import("../lib/citations/verify-dataset-citations");
  const { splitLines } = await import("../lib/citations/verify-citation");
  const { diffDatasets } = await import("../lib/import/diff-dataset");
  const { createDb } = await import("../lib/server/db");
  const { replaceDatasetTx } = await import("../lib/server/dataset/write-dataset-replacing");
  const { readDataset } = await import("../lib/server/dataset/read-dataset");

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gulf-bench-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "ignore",
  });
  const db = createDb(url);
  const bytes = new TextEncoder().encode(JSON.stringify(syntheticDataset(200, 100, seededRandom(5))));
  const lines = splitLines(fs.readFileSync("prisma/sources/stepanova-2020.txt", "utf8"));
  const t0 = performance.now();
  const parsed = await parseImportFile("large.json", bytes, []);
  if (!parsed.ok || parsed.kind !== "dataset") throw new Error("bench dataset refused");
  const t1 = performance.now();
  const problems = verifyDatasetCitations(parsed.dataset, () => lines);
  if (problems.length) throw new Error("bench citations refused");
  const t2 = performance.now();
  const diff = diffDatasets(await readDataset(db), parsed.dataset);
  void diff;
  const t3 = performance.now();
  await db.$transaction((tx) => replaceDatasetTx(tx, parsed.dataset), { timeout: 120_000 });
  const t4 = performance.now();
  console.log(
    `\nJSON import, 200 frameworks x 100 criteria (${(bytes.byteLength / 1048576).toFixed(1)} MB, ${parsed.dataset.frameworks.length * 101} records with citations)`,
  );
  console.log(`  parse + schema check   ${(t1 - t0).toFixed(0)} ms`);
  console.log(`  verify citations       ${(t2 - t1).toFixed(0)} ms`);
  console.log(`  diff against database  ${(t3 - t2).toFixed(0)} ms`);
  console.log(`  write (one transaction) ${(t4 - t3).toFixed(0)} ms`);
  console.log(`  total                  ${(t4 - t0).toFixed(0)} ms`);
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}

// One editor's writes on the seeded dataset: each is a transaction with its audit rows.
async function benchEdits() {
  const { execFileSync } = await import("node:child_process");
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const { createDb } = await import("../lib/server/db");
  const { loadDatasetFile } = await import("../lib/server/dataset/load-dataset-file");
  const { writeDataset } = await import("../lib/server/dataset/write-dataset");
  const { updateAssessment } = await import("../lib/server/assessments/update-assessment");
  const { deleteFramework } = await import("../lib/server/frameworks/write-framework");
  const { revertChange } = await import("../lib/server/audit/revert-change");

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gulf-bench-"));
  const url = `file:${path.join(dir, "edits.db")}`;
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "ignore",
  });
  const db = createDb(url);
  const seed = loadDatasetFile();
  await writeDataset(db, seed);
  const { criterion: _c, ...hopeOnIran } = seed.frameworks.find((f) => f.slug === "hope")!.assessments.find((a) => a.criterion === "acceptability-ir")!;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const timed = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    const outcome = (await fn()) as { ok: boolean };
    if (!outcome.ok) throw new Error(`bench write refused: ${JSON.stringify(outcome)}`);
    return performance.now() - t0;
  };
  const edit: number[] = [],
    undo: number[] = [],
    remove: number[] = [],
    restore: number[] = [];
  for (let i = 0; i < 20; i++) {
    const version = 1 + 2 * i;
    edit.push(
      await timed(() =>
        updateAssessment(
          { framework: "hope", criterion: "acceptability-ir", actor: "bench", write: { ...hopeOnIran, value: 1, version, reason: "bench" } },
          db,
        ),
      ),
    );
    const change = (await db.auditEntry.findFirst({ where: { field: "value" }, orderBy: { id: "desc" } }))!;
    undo.push(await timed(() => revertChange({ id: change.id, actor: "bench", reason: "bench" }, db)));
    const imsi = (await db.framework.findUnique({ where: { slug: "imsi" }, select: { version: true } }))!;
    remove.push(await timed(() => deleteFramework("imsi", { version: imsi.version, reason: "bench" }, "bench", db)));
    const deletion = (await db.auditEntry.findFirst({ where: { action: "delete" }, orderBy: { id: "desc" } }))!;
    restore.push(await timed(() => revertChange({ id: deletion.id, actor: "bench", reason: "bench" }, db)));
  }
  console.log("\nEdits on the seeded dataset, each one transaction with its audit rows (median of 20)");
  console.log(`  assessment change (citations re-checked)  ${median(edit).toFixed(1)} ms`);
  console.log(`  revert of that change                     ${median(undo).toFixed(1)} ms`);
  console.log(`  delete a framework (35 assessments)       ${median(remove).toFixed(1)} ms`);
  console.log(`  restore it from the history              ${median(restore).toFixed(1)} ms`);
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}

const parts = { comparison: benchComparison, exports: benchExports, import: benchImport, edits: benchEdits };
// `npm run bench -- exports` runs the engine and only the parts named (`-- engine`: none of them); nothing named: all of them.
const named = process.argv.slice(2);
(named.length ? named.filter((name): name is keyof typeof parts => name in parts) : (Object.keys(parts) as Array<keyof typeof parts>))
  .reduce((done, name) => done.then(parts[name]), Promise.resolve())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
