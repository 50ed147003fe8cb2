import { describe, expect, it } from "vitest";
import { criterionTranslationsSchema } from "@/lib/domain/translations";
import { keepLabelledPoints, pruneTranslations, translationFormValues } from "@/lib/edit/translation-form";

describe("a record's translations in an editor's form", () => {
  it("holds every language and field, empty where nothing is stored, scale labels by point", () => {
    expect(translationFormValues(["name", "description"], { ar: { name: "الردع", scaleLabels: { "-2": "لا شيء" } } }, true)).toEqual({
      ar: { name: "الردع", description: "", scaleLabels: { "-2": "لا شيء" } },
      fa: { name: "", description: "", scaleLabels: {} },
      ru: { name: "", description: "", scaleLabels: {} },
    });
    expect(translationFormValues(["name"], undefined)).toEqual({ ar: { name: "" }, fa: { name: "" }, ru: { name: "" } });
  });

  it("sends only what was filled in: a cleared field or language is removed, and the schema takes the rest", () => {
    const pruned = pruneTranslations({
      ar: { name: "الردع", description: "  ", scaleLabels: { "-2": "لا شيء", "2": "" } },
      fa: { name: "", description: "", scaleLabels: {} },
      ru: { name: "Сдерживание", description: "" },
    });
    expect(pruned).toEqual({ ar: { name: "الردع", scaleLabels: { "-2": "لا شيء" } }, ru: { name: "Сдерживание" } });
    expect(criterionTranslationsSchema.safeParse(pruned).success).toBe(true);
    expect(pruneTranslations({ ar: { name: "" } })).toEqual({});
    expect(pruneTranslations("not an object")).toBe("not an object");
  });

  it("drops the translated label of a point whose English label was removed in the same form", () => {
    const translations = { ar: { name: "الردع", scaleLabels: { "-2": "لا شيء", "1": "قليل" } }, ru: { scaleLabels: { "1": "мало" } } };
    expect(keepLabelledPoints(translations, [{ value: -2 }, { value: 2 }])).toEqual({ ar: { name: "الردع", scaleLabels: { "-2": "لا شيء" } }, ru: {} });
    expect(keepLabelledPoints(undefined, [])).toBeUndefined();
  });
});
