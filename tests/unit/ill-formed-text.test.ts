import { describe, expect, it } from "vitest";
import { findIllFormedText, isWellFormedText } from "@/lib/domain/ill-formed-text";

describe("ill-formed text", () => {
  it("tells an unpaired surrogate from a pair", () => {
    expect(isWellFormedText("Hormuz 😀 ہرمز")).toBe(true);
    expect(isWellFormedText("\ud800")).toBe(false);
    expect(isWellFormedText("a\udc00b")).toBe(false);
    expect(isWellFormedText("\ud83d\ude00\ud83d")).toBe(false);
  });

  it("names the first ill-formed string or key in parsed JSON", () => {
    expect(findIllFormedText({ frameworks: [{ slug: "hope", name: "ok" }] })).toBeNull();
    expect(findIllFormedText(JSON.parse('{"frameworks":[{"slug":"hope","name":"x\\ud800"}]}'))).toBe("frameworks[hope].name");
    expect(findIllFormedText(JSON.parse('{"a":{"\\udfff":1}}'))).toBe("a (a key)");
  });

  it("walks any depth without recursion", () => {
    let deep: unknown = "\ud800";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findIllFormedText(deep)).toMatch(/^\[0\]/);
  });
});
