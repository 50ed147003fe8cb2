import { describe, expect, it } from "vitest";
import { historyMode } from "@/lib/url-state/history-mode";

describe("historyMode: how a change to the view enters the browser's history", () => {
  it("pushes a discrete change, whatever came before it", () => {
    expect(historyMode(null, null)).toBe("push");
    expect(historyMode(null, "w:viability")).toBe("push");
  });

  it("pushes the first move of a slider after a discrete change, a Back or a new page", () => {
    expect(historyMode("cw:membership", null)).toBe("push");
  });

  it("replaces with the rest of a run of one control", () => {
    expect(historyMode("cw:membership", "cw:membership")).toBe("replace");
    expect(historyMode("q", "q")).toBe("replace");
  });

  it("starts a new entry when another control moves", () => {
    expect(historyMode("w:viability", "cw:membership")).toBe("push");
    expect(historyMode("q", "w:viability")).toBe("push");
  });
});
