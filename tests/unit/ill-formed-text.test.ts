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

  it("given the JSON's text, finds an escaped surrogate in it, and walks nothing when the text holds no surrogate escape", () => {
    const text = '{"frameworks":[{"slug":"hope","name":"x\\ud800"}]}';
    expect(findIllFormedText(JSON.parse(text), text)).toBe("frameworks[hope].name");
    expect(findIllFormedText(JSON.parse('{"name":"Hormuz \\uD83D\\uDE00"}'), '{"name":"Hormuz \\uD83D\\uDE00"}')).toBeNull();
    // A value its text could not have held (decoded UTF-8 has no surrogate): the text decides, so the walk is spared.
    expect(findIllFormedText(["\ud800"], '["x"]')).toBeNull();
  });

  it("walks any depth without recursion", () => {
    let deep: unknown = "\ud800";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findIllFormedText(deep)).toMatch(/^\[0\]/);
  });
});
