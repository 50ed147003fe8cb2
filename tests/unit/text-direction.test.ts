import { describe, expect, it } from "vitest";
import { textDirection } from "@/lib/i18n/text-direction";

describe("a source's text direction, from its language tag", () => {
  it("is right to left for Arabic, Persian, Hebrew and Urdu, left to right for English, Russian and Chinese", () => {
    expect(["ar", "fa", "he", "ur", "ar-EG", "FA"].map(textDirection)).toEqual(["rtl", "rtl", "rtl", "rtl", "rtl", "rtl"]);
    expect(["en", "ru", "zh-Hant", "en-GB"].map(textDirection)).toEqual(["ltr", "ltr", "ltr", "ltr"]);
  });

  it("follows a script subtag where one is given", () => {
    expect(textDirection("ku-Latn")).toBe("ltr");
    expect(textDirection("ku-Arab")).toBe("rtl");
    expect(textDirection("az-Arab-IR")).toBe("rtl");
  });
});
