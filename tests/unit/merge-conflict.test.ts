import { describe, expect, it } from "vitest";
import { sameValue } from "@/lib/audit/same-value";
import { conflictRows } from "@/lib/edit/merge-conflict";

const theirs = { value: 1, rationale: "their reading", confidence: "high", citations: [{ lineStart: 1 }] };
const mine = { value: 2, rationale: "their reading", confidence: "low", citations: [{ lineStart: 1 }] };

describe("conflictRows", () => {
  it("lists only the labelled fields that differ, each side shown as text", () => {
    expect(conflictRows(theirs, mine, { value: "Value", rationale: "Rationale", confidence: "Confidence", citations: "Citations" })).toEqual([
      { field: "value", label: "Value", theirs: "1", mine: "2" },
      { field: "confidence", label: "Confidence", theirs: "high", mine: "low" },
    ]);
    expect(conflictRows(theirs, { ...theirs }, { value: "Value" })).toEqual([]);
  });
});

describe("sameValue", () => {
  it("compares JSON values deeply, whatever the order of their keys", () => {
    expect(sameValue({ a: 1, b: [{ x: 1, y: 2 }] }, { b: [{ y: 2, x: 1 }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue("1", 1)).toBe(false);
  });
});
