import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildComparison } from "@/lib/compare/build-comparison";
import { MISSING_POLICIES } from "@/lib/domain/analyze";
import type { Preset } from "@/lib/domain/preset";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";

/**
 * The engine's outputs on the seed, recorded before value functions existed (commit 80b9dc4):
 * every preset's weights of the time (kept in the fixture: the presets have changed since)
 * under every method and missing-value policy. Without a value function the engine must give these numbers bit for bit: the ranking
 * as recorded, and the SHA-256 of everything else it computed (contributions, flip points,
 * tornado), serialised with every digit. `UPDATE_BASELINE=1` rewrites its outputs.
 */
const FIXTURE = path.join(import.meta.dirname, "../fixtures/engine-baseline.json");
// The methods of the time, by name: another test registers a method of its own in the same worker.
const METHODS = ["wsm", "topsis", "promethee2"] as const;

type Fixture = { presets: Array<Pick<Preset, "slug" | "categoryWeights" | "criterionWeights">>; outputs: Record<string, { ranking: unknown; digest: string }> };

function outputs(presets: Fixture["presets"]) {
  const dataset = loadDatasetFile();
  const categories = dataset.categories.map((c) => c.slug);
  const out: Record<string, { ranking: unknown; digest: string }> = {};
  for (const p of presets)
    for (const method of METHODS)
      for (const missing of MISSING_POLICIES) {
        const weights = resolveWeights(dataset.criteria, categories, p, { criterion: {}, category: {} });
        const c = buildComparison({ frameworks: dataset.frameworks, criteria: dataset.criteria, weights, method, missing });
        const everything = JSON.stringify({ contributions: c.contributions, flips: c.flips, tornado: c.tornado });
        out[`${p.slug}|${method}|${missing}`] = { ranking: c.ranking, digest: createHash("sha256").update(everything).digest("hex") };
      }
  return out;
}

describe("the engine without value functions", () => {
  it("gives the numbers it gave before value functions, bit for bit", () => {
    const fixture: Fixture = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
    const now = outputs(fixture.presets);
    if (process.env.UPDATE_BASELINE) fs.writeFileSync(FIXTURE, `${JSON.stringify({ ...fixture, outputs: now }, null, 1)}\n`);
    const recorded = fixture.outputs;
    expect(Object.keys(now)).toEqual(Object.keys(recorded));
    for (const key of Object.keys(recorded)) expect(now[key], key).toEqual(recorded[key]);
  });
});
