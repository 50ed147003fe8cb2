import { describe, expect, it } from "vitest";
import { z } from "zod";
import { datasetSchema } from "@/lib/domain/dataset";
import { safeParseWithinBudget } from "@/lib/domain/parse-within-budget";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";

const seed = () => structuredClone(loadDatasetFile()) as unknown as Record<string, unknown> & { frameworks: Array<Record<string, unknown>> };

describe("parsing within a budget of issues", () => {
  it("gives what safeParse gives for a value that passes, and for one that fails only across records", () => {
    const good = seed();
    const parsed = safeParseWithinBudget(datasetSchema, good);
    expect(parsed).toEqual({ success: true, data: datasetSchema.parse(good) });
    const twice = seed();
    (twice.criteria as unknown[]).push((twice.criteria as unknown[])[0]);
    const budgeted = safeParseWithinBudget(datasetSchema, twice);
    const whole = datasetSchema.safeParse(twice);
    expect(budgeted.success).toBe(false);
    expect(!budgeted.success && budgeted.issues).toEqual(whole.error!.issues);
  });

  it("stops at the budget, however many elements are wrong, with the paths safeParse gives", () => {
    const schema = z.object({ list: z.array(z.object({ n: z.number() })), tags: z.record(z.string(), z.array(z.string())) });
    const value = { list: Array.from({ length: 100_000 }, () => ({ n: "x" })), tags: {} };
    const parsed = safeParseWithinBudget(schema, value, 10);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.stoppedEarly).toBe(true);
    expect(parsed.issues.map((i) => i.path)).toEqual(Array.from({ length: 10 }, (_, i) => ["list", i, "n"]));
    expect(parsed.issues.map((i) => i.message)).toEqual(
      schema
        .safeParse(value)
        .error!.issues.slice(0, 10)
        .map((i) => i.message),
    );
    const inRecord = safeParseWithinBudget(schema, { list: [], tags: { a: ["ok", 1] } });
    expect(!inRecord.success && inRecord.issues.map((i) => i.path)).toEqual([["tags", "a", 1]]);
  });

  it("lets optional and nullable parts be absent, and checks them when present", () => {
    const schema = z.object({ a: z.string().optional(), b: z.array(z.number()).nullable(), c: z.number().default(1) });
    expect(safeParseWithinBudget(schema, { b: null })).toEqual({ success: true, data: { b: null, c: 1 } });
    const wrong = safeParseWithinBudget(schema, { a: 1, b: [1, "2"] });
    expect(!wrong.success && wrong.issues.map((i) => i.path)).toEqual([["a"], ["b", 1]]);
  });
});
