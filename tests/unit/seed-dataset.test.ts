import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { splitLines, verifyCitation } from "@/lib/citations/verify-citation";
import { datasetCitations, verifyDatasetCitations } from "@/lib/citations/verify-dataset-citations";
import { REQUIRED_CRITERIA, SEED_FRAMEWORKS } from "@/lib/domain/vocabulary";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";

// The seed file goes through the same loader as `npm run db:seed`: zod schemas, then every citation.
const dataset = loadDatasetFile();
const lines = splitLines(fs.readFileSync("prisma/sources/stepanova-2020.txt", "utf8"));

describe("the seed dataset (prisma/dataset.json)", () => {
  it("holds the five frameworks of the paper and at least 30 criteria in 5 categories", () => {
    expect(dataset.frameworks.map((f) => f.slug).sort()).toEqual([...SEED_FRAMEWORKS].sort());
    expect(dataset.criteria.length).toBeGreaterThanOrEqual(30);
    expect(new Set(dataset.criteria.map((c) => c.category)).size).toBeGreaterThanOrEqual(5);
    expect(dataset.criteria.map((c) => c.slug)).toEqual(expect.arrayContaining([...REQUIRED_CRITERIA]));
  });

  it("ships the source byte for byte as the shared paper, so line numbers agree", () => {
    const shared = "../shared/sources/000_c187fcacc576f202.txt";
    if (!fs.existsSync(shared)) return; // the shared folder sits beside the checkout on developer and CI machines
    expect(fs.readFileSync("prisma/sources/stepanova-2020.txt").equals(fs.readFileSync(shared))).toBe(true);
  });

  it("gives every role and assessment a rationale, a confidence and a verified citation", () => {
    expect(verifyDatasetCitations(dataset, (doc) => (doc === "stepanova-2020" ? lines : null))).toEqual([]);
    for (const f of dataset.frameworks)
      for (const r of [...f.participants, ...f.assessments]) {
        expect(r.rationale.length).toBeGreaterThan(10);
        expect(r.citations.length).toBeGreaterThan(0);
      }
  });

  it("marks the world powers the paper lists as future observers, and only them", () => {
    expect(
      dataset.actors
        .filter((a) => a.worldPower)
        .map((a) => a.slug)
        .sort(),
    ).toEqual(["cn", "eu", "in", "ru", "us"]);
    expect(
      dataset.actors
        .filter((a) => a.group === "gulf-littoral")
        .map((a) => a.slug)
        .sort(),
    ).toEqual(["ae", "bh", "iq", "ir", "kw", "om", "qa", "sa"]);
  });

  it("fails every citation moved by one line", () => {
    const all = [...datasetCitations(dataset)];
    const survivors = all.filter(({ citation }) =>
      [1, -1].some((shift) => verifyCitation({ ...citation, lineStart: citation.lineStart + shift, lineEnd: citation.lineEnd + shift }, lines).ok),
    );
    expect(all.length).toBeGreaterThan(100);
    expect(survivors.map((s) => s.path)).toEqual([]);
  });
});
