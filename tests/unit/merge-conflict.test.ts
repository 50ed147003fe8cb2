import { describe, expect, it } from "vitest";
import { conflictRows, mergeOnTheirs } from "@/lib/edit/merge-conflict";

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

describe("mergeOnTheirs", () => {
  it("keeps the editor's changed fields and takes theirs for the rest", () => {
    const edited = { ...mine, rationale: "my reading" };
    expect(mergeOnTheirs({ ...theirs, rationale: "their new reading" }, edited, ["value"])).toEqual({ ...theirs, rationale: "their new reading", value: 2 });
    expect(mergeOnTheirs(theirs, edited, [])).toEqual(theirs);
  });
});
