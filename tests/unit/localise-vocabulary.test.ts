import { describe, expect, it } from "vitest";
import { criterionSchema } from "@/lib/domain/criterion";
import { frameworkTranslationsSchema } from "@/lib/domain/translations";
import { localiseActor, localiseCriterion, localiseFramework, nameUntranslated } from "@/lib/i18n/localise-vocabulary";

const criterion = {
  slug: "acceptability-ir",
  name: "Acceptability to Iran",
  category: "regional",
  description: "Whether Iran could accept it.",
  scale: {
    min: -1,
    max: 1,
    labels: [
      { value: -1, label: "Rejects it" },
      { value: 0, label: "Mixed" },
      { value: 1, label: "Accepts it" },
    ],
  },
  direction: "benefit" as const,
  translations: {
    ar: { name: "القبول لدى إيران", description: "هل يمكن لإيران قبوله.", scaleLabels: { "-1": "ترفضه", "0": "موقف مختلط", "1": "تقبله" } },
    ru: { name: "Приемлемость для Ирана", scaleLabels: { "1": "Принимает" } },
  },
};

describe("the vocabulary in the page's language", () => {
  it("puts each translated field in place of the English and leaves the translations out", () => {
    const ar = localiseCriterion(criterion, "ar");
    expect(ar.name).toBe("القبول لدى إيران");
    expect(ar.description).toBe("هل يمكن لإيران قبوله.");
    expect(ar.scale.labels.map((l) => l.label)).toEqual(["ترفضه", "موقف مختلط", "تقبله"]);
    expect(ar.untranslated).toBeUndefined();
    expect("translations" in ar).toBe(false);
  });

  it("falls back to English field by field, and lists what it fell back on", () => {
    const ru = localiseCriterion(criterion, "ru");
    expect(ru.name).toBe("Приемлемость для Ирана");
    expect(ru.description).toBe("Whether Iran could accept it.");
    expect(ru.scale.labels.map((l) => l.label)).toEqual(["Rejects it", "Mixed", "Принимает"]);
    expect(ru.untranslated).toEqual(["description", "scale"]);
    const fa = localiseActor({ slug: "ir", name: "Iran" }, "fa");
    expect(fa.name).toBe("Iran");
    expect(nameUntranslated(fa)).toBe(true);
  });

  it("gives English pages the English, without marks", () => {
    const en = localiseFramework({ slug: "hope", name: "Coalition for HOPE", shortName: "HOPE", translations: { fa: { name: "طرح صلح هرمز" } } }, "en");
    expect(en).toEqual({ slug: "hope", name: "Coalition for HOPE", shortName: "HOPE" });
    expect(nameUntranslated(en)).toBe(false);
  });

  it("refuses a translation for a language the interface does not have, a field it does not know, or a scale point without a label", () => {
    expect(frameworkTranslationsSchema.safeParse({ de: { name: "HOPE-Initiative" } }).success).toBe(false);
    expect(frameworkTranslationsSchema.safeParse({ ar: { title: "x" } }).success).toBe(false);
    expect(frameworkTranslationsSchema.safeParse({ ar: { name: "  " } }).success).toBe(false);
    expect(criterionSchema.safeParse(criterion).success).toBe(true);
    const stray = { ...criterion, translations: { ar: { scaleLabels: { "2": "خارج المقياس" } } } };
    const parsed = criterionSchema.safeParse(stray);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["translations"]);
  });
});
