import { describe, expect, it } from "vitest";
import { changeDiff, recordInWords, showValue } from "@/lib/audit/change-diff";

const cite = (lineStart: number, quote: string) => ({ document: "stepanova-2020", lineStart, lineEnd: lineStart, quote });

describe("changeDiff", () => {
  it("diffs two texts word by word", () => {
    const diff = changeDiff({ entity: "assessment", action: "update", field: "rationale", before: "the pact excludes Iran", after: "the pact includes Iran" });
    expect(diff).toEqual({
      kind: "text",
      parts: [
        { text: "the pact ", change: "same" },
        { text: "excludes", change: "removed" },
        { text: "includes", change: "added" },
        { text: " Iran", change: "same" },
      ],
    });
  });

  it("lists citations kept, removed and added", () => {
    const diff = changeDiff({
      entity: "participant",
      action: "update",
      field: "citations",
      before: [cite(1, "a"), cite(2, "b")],
      after: [cite(2, "b"), cite(3, "c")],
    });
    expect(diff.kind).toBe("list");
    if (diff.kind !== "list") return;
    expect(diff.items.map((i) => [i.text.slice(0, 22), i.change])).toEqual([
      ["stepanova-2020, line 1", "removed"],
      ["stepanova-2020, line 2", "same"],
      ["stepanova-2020, line 3", "added"],
    ]);
  });

  it("shows other values as before → after, a missing value as a dash", () => {
    expect(changeDiff({ entity: "assessment", action: "update", field: "value", before: null, after: 2 })).toEqual({ kind: "value", before: "—", after: "2" });
    expect(changeDiff({ entity: "actor", action: "update", field: "worldPower", before: false, after: true })).toEqual({
      kind: "value",
      before: "no",
      after: "yes",
    });
    expect(showValue({ min: 0, max: 2 })).toBe('{"min":0,"max":2}');
  });

  it("summarises a whole record deleted, restored or created", () => {
    const summary = (entry: Parameters<typeof changeDiff>[0]) => {
      const diff = changeDiff(entry);
      return diff.kind === "record" ? recordInWords(diff.record) : null;
    };
    const framework = { name: "MESA", participants: [{}, {}], assessments: [{}, {}, {}] };
    expect(summary({ entity: "framework", action: "delete", field: null, before: framework, after: null })).toBe(
      "Deleted “MESA” with 2 roles and 3 assessments",
    );
    expect(summary({ entity: "participant", action: "delete", field: null, before: { role: "observer" }, after: null })).toBe("Removed the role “observer”");
    const counts = { frameworks: { added: 0, changed: 0, removed: 0 }, assessments: { added: 1, changed: 2, removed: 0 } };
    expect(summary({ entity: "dataset", action: "import", field: null, before: null, after: counts })).toBe("Imported: assessments 1 added, 2 changed");
    expect(summary({ entity: "scenario", action: "update", field: null, before: { title: "Deterrence first" }, after: null })).toBe(
      "Changed “Deterrence first”",
    );
    expect(summary({ entity: "scenario", action: "update", field: null, before: null, after: null })).toBe("update of the whole scenario");
    // The page says the same from its messages: the numbers and names come as they are, the words by code.
    expect(changeDiff({ entity: "framework", action: "restore", field: null, before: framework, after: null })).toEqual({
      kind: "record",
      record: { what: "framework", action: "restore", name: "MESA", roles: 2, assessments: 3 },
    });
    expect(changeDiff({ entity: "dataset", action: "import", field: null, before: null, after: counts })).toEqual({
      kind: "record",
      record: { what: "import", counts: [{ kind: "assessments", added: 1, changed: 2, removed: 0 }] },
    });
  });
});
