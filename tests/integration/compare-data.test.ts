import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareMatrix } from "@/lib/compare/compare-matrix";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { writeDataset } from "@/lib/server/dataset/write-dataset";
import { loadCompareData } from "@/lib/server/frameworks/compare-data";

const db = getDb();
const dataset = loadDatasetFile();

beforeAll(() => writeDataset(db, dataset));
afterAll(() => db.$disconnect());

describe("what /compare sends", () => {
  it("is the frameworks' labels, the criteria and the dense matrix of their values and confidences, read from the columns it needs", async () => {
    const data = await loadCompareData(db);
    expect(data.frameworks).toEqual(
      dataset.frameworks.map(({ slug, name, shortName, status, aliases, translations }) => ({ slug, name, shortName, status, aliases, translations })),
    );
    expect(data.criteria).toEqual(dataset.criteria);
    expect(data.matrix).toEqual(compareMatrix(dataset.frameworks, dataset.criteria));
  });

  it("carries no rationale, quote or citation", async () => {
    const sent = JSON.stringify(await loadCompareData(db));
    const hope = dataset.frameworks.find((f) => f.slug === "hope")!;
    for (const a of hope.assessments.slice(0, 5)) {
      expect(sent).not.toContain(a.rationale);
      for (const c of a.citations) expect(sent).not.toContain(c.quote);
    }
  });
});
