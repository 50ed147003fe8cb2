import { describe, expect, it } from "vitest";
import { textWidth } from "@/lib/charts/text-width";
import { LOCALES } from "@/lib/i18n/locales";
import seed from "@/prisma/dataset.json";
import { drawnWidth } from "@/tests/support/drawn-width";

type Named = { shortName?: string; name: string; translations?: Record<string, { shortName?: string; name?: string }> };
const namesIn = (locale: string, items: Named[], field: "shortName" | "name") =>
  items.map((item) => (locale === "en" ? item[field] : item.translations?.[locale]?.[field])).filter((s): s is string => Boolean(s));

describe("estimating a label's width", () => {
  for (const locale of LOCALES) {
    it(`comes within 10% of the drawn width of the charts' names in ${locale}`, () => {
      const texts = [...namesIn(locale, seed.frameworks, "shortName"), ...namesIn(locale, seed.criteria, "name")];
      expect(texts.length).toBeGreaterThan(30);
      for (const text of texts) {
        const ratio = textWidth(text, 1) / drawnWidth(text, 1);
        expect(ratio, text).toBeGreaterThan(0.9);
        expect(ratio, text).toBeLessThan(1.1);
      }
    });
  }

  it("gives joiners and vowel marks no width, and a letter's bowl at the end of a word", () => {
    expect(textWidth("پیش\u200cفرض", 12)).toBeCloseTo(textWidth("پیشفرض", 12) + 0.3 * 12, 9);
    expect(textWidth("مَ", 12)).toBe(textWidth("م", 12));
  });
});
