import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { NOT_ASSESSED } from "@/lib/domain/system-rationale";
import { revertChange } from "@/lib/server/audit/revert-change";
import { putCriterion } from "@/lib/server/criteria/put-criterion";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { writeDataset } from "@/lib/server/dataset/write-dataset";
import { deleteFramework } from "@/lib/server/frameworks/write-framework";
import { loadComparisonModel } from "@/lib/server/export/load-comparison-model";
import ar from "@/messages/ar.json";

// Every framework has an assessment on every criterion: a new criterion, a new framework (in
// edit-framework.test.ts) and a framework restored after a criterion came in all get an empty one.
const db = getDb();
const seed = loadDatasetFile();
beforeAll(() => writeDataset(db, seed));
afterAll(() => db.$disconnect());

const scale = { min: -2, max: 2, labels: [-2, -1, 0, 1, 2].map((value) => ({ value, label: `point ${value}` })) };
const newCriterion = (name: string) => ({
  name,
  category: seed.criteria[0]!.category,
  description: "A criterion added later.",
  scale,
  direction: "benefit" as const,
  version: 0,
  reason: "a new question",
});

describe("the rule that every framework has an assessment on every criterion", () => {
  it("gives a new criterion an empty assessment on every framework, last in each framework's order, citing the framework's summary", async () => {
    expect((await putCriterion("naval-cbm", newCriterion("Naval confidence-building"), "editor")).ok).toBe(true);
    const data = await readDataset(db);
    for (const f of data.frameworks) {
      expect(f.assessments.at(-1)).toEqual({
        criterion: "naval-cbm",
        value: null,
        rationale: NOT_ASSESSED,
        confidence: "low",
        citations: f.summaryCitations.slice(0, 1),
        contested: false,
        contestedNote: null,
      });
      expect(f.assessments).toHaveLength(data.criteria.length);
    }
  });

  it("keeps the placeholder in English in the data, and an Arabic sheet says it in Arabic", async () => {
    const evidence = async (locale: "en" | "ar") =>
      (await loadComparisonModel(new URLSearchParams(), "http://test/compare", "2024-01-01T00:00:00Z", db, undefined, locale)).criteria.find(
        (c) => c.slug === "naval-cbm",
      )!.evidence;
    expect((await evidence("ar")).map((e) => e?.rationale)).toEqual(seed.frameworks.map(() => ar.evidence.notAssessed));
    expect((await evidence("en")).map((e) => e?.rationale)).toEqual(seed.frameworks.map(() => NOT_ASSESSED));
    for (const f of (await readDataset(db)).frameworks) expect(f.assessments.find((a) => a.criterion === "naval-cbm")?.rationale).toBe(NOT_ASSESSED);
  });

  it("gives a framework restored after a criterion came in an assessment on it, keeping the ones it had", async () => {
    const before = (await readDataset(db)).frameworks.find((f) => f.slug === "imsi")!;
    const { version } = await db.framework.findUniqueOrThrow({ where: { slug: "imsi" } });
    expect((await deleteFramework("imsi", { version, reason: "to restore it" }, "editor")).ok).toBe(true);
    const deletion = await db.auditEntry.findFirstOrThrow({ where: { entity: "framework", entityKey: "imsi", action: "delete" } });
    expect((await putCriterion("air-defence", newCriterion("Air defence integration"), "editor")).ok).toBe(true);
    expect((await revertChange({ id: deletion.id, actor: "editor", reason: "deleted by mistake" })).ok).toBe(true);
    const restored = (await readDataset(db)).frameworks.find((f) => f.slug === "imsi")!;
    expect(restored.assessments.slice(0, -1)).toEqual(before.assessments);
    expect(restored.assessments.at(-1)).toMatchObject({ criterion: "air-defence", value: null, rationale: NOT_ASSESSED, confidence: "low" });
  });
});
