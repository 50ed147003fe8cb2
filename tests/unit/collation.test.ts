import { describe, expect, it } from "vitest";
import { foldForSearch, frameworkMatches } from "@/lib/domain/framework-search";
import { sortByName } from "@/lib/i18n/collate";

const framework = (name: string, translations: Record<string, { name?: string; shortName?: string }> = {}) => ({
  slug: "x",
  name,
  shortName: name,
  aliases: [],
  translations,
});

describe("search in every language", () => {
  it("finds Arabic with or without its vowel marks, alef forms and tatweel", () => {
    const f = framework("Gulf security", { ar: { name: "مبادرة أمن الخليج" } });
    expect(frameworkMatches(f, "الخَلِيج")).toBe(true);
    expect(frameworkMatches(f, "امن")).toBe(true);
    expect(frameworkMatches(f, "مبادره")).toBe(true);
    expect(frameworkMatches(f, "الخلـــيج")).toBe(true);
    expect(frameworkMatches(f, "البحر")).toBe(false);
  });

  it("finds Persian typed with Arabic ي and ك, and a word with or without its half-space", () => {
    const f = framework("Hormuz Peace Endeavour", { fa: { name: "ابتکار صلح هرمز", shortName: "طرح‌های امنیتی" } });
    expect(frameworkMatches(f, "ابتكار")).toBe(true);
    expect(frameworkMatches(f, "طرحهاي")).toBe(true);
    expect(frameworkMatches(f, "صلح هرمز")).toBe(true);
    expect(frameworkMatches(f, "جنگ")).toBe(false);
  });

  it("finds Russian ё as е, in any case, and digits in any script", () => {
    const f = framework("Collective security", { ru: { name: "Концепция коллективной безопасности, объём 2019" } });
    expect(frameworkMatches(f, "ОБЪЕМ")).toBe(true);
    expect(frameworkMatches(f, "٢٠١٩")).toBe(true);
    expect(frameworkMatches(f, "۲۰۱۹")).toBe(true);
    expect(frameworkMatches(f, "2020")).toBe(false);
    expect(foldForSearch("Ёлка")).toBe("елка");
  });
});

describe("names in the language's order", () => {
  const names = (list: string[], locale: "en" | "ar" | "fa" | "ru") => sortByName(list, (n) => n, locale);

  it("puts Persian letters where the Persian alphabet has them, not by code point", () => {
    // پ (U+067E) sorts after ب and before ت in Persian; by code point it would come after ی.
    expect(names(["تهران", "پاکستان", "بحرین"], "fa")).toEqual(["بحرین", "پاکستان", "تهران"]);
    expect(["تهران", "پاکستان", "بحرین"].sort()).not.toEqual(["بحرین", "پاکستان", "تهران"]);
  });

  it("orders Arabic by its alphabet, an alef with a hamza as a plain alef", () => {
    // إيران reads as ايران: after البحرين (ل before ي), where the code point of إ would put it first.
    expect(names(["عمان", "إيران", "البحرين", "قطر"], "ar")).toEqual(["البحرين", "إيران", "عمان", "قطر"]);
    expect(["عمان", "إيران", "البحرين", "قطر"].sort()[0]).toBe("إيران");
  });

  it("keeps Russian ё beside е and numbers by value", () => {
    expect(names(["Ёмкость", "Ежи", "Жук"], "ru")).toEqual(["Ежи", "Ёмкость", "Жук"]);
    expect(names(["Track 10", "Track 2"], "en")).toEqual(["Track 2", "Track 10"]);
  });
});
