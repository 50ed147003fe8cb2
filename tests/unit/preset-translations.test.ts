import { describe, expect, it } from "vitest";
import { presetReferenceIssues, presetSchema, type Preset } from "@/lib/domain/preset";
import { presetTranslationsSchema, TRANSLATED_LOCALES } from "@/lib/domain/translations";
import { datasetComparisonModel } from "@/lib/export/dataset-model";
import { sheetPresetTitle } from "@/lib/export/sheet-vocabulary";
import { sheetWords } from "@/lib/export/sheet-words";
import { localisePreset, presetRationaleField } from "@/lib/i18n/localise-vocabulary";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";

const dataset = loadDatasetFile();
const presets = loadPresetsFile(dataset);
const criteria = new Set(dataset.criteria.map((c) => c.slug));
const categories = new Set(dataset.categories.map((c) => c.slug));

const hedging: Preset = {
  slug: "hedging",
  title: "A Gulf state that hedges",
  rationale: "No war on its doorstep and good terms with both.",
  categoryWeights: {},
  criterionWeights: {},
  valueFunctions: {
    "bloc-character": { direction: "cost", rationale: "No bloc it must join, whoever leads it." },
    "escalation-risk": { direction: "cost", rationale: "No war on its doorstep, whatever else." },
  },
  translations: {
    ar: { title: "دولة خليجية تتحوّط", rationale: "لا حرب على أعتابها.", valueFunctionRationales: { "bloc-character": "لا تكتّل تُرغَم على الانضمام إليه." } },
    ru: { title: "Лавирующее государство" },
  },
};

describe("a preset's translations (zod)", () => {
  it("takes a title, a rationale and value functions' rationales per language", () => {
    expect(presetSchema.parse(hedging).translations).toEqual(hedging.translations);
    expect(presetTranslationsSchema.safeParse({}).success).toBe(true);
  });

  it.each([
    ["a language that is not an interface language", { de: { title: "Absicherung" } }],
    ["a field a preset does not have", { ar: { name: "اسم" } }],
    ["an empty text", { fa: { title: "  " } }],
    ["a title longer than a title may be", { ru: { title: "д".repeat(121) } }],
    ["a rationale keyed by something that is not a criterion's slug", { ar: { valueFunctionRationales: { "Bloc character": "نص" } } }],
    ["a rationale that is not text", { ar: { valueFunctionRationales: { "bloc-character": 3 } } }],
  ])("refuses %s", (_what, translations) => {
    expect(presetTranslationsSchema.safeParse(translations).success).toBe(false);
    expect(presetSchema.safeParse({ ...hedging, translations }).success).toBe(false);
  });

  it("refuses a value function's rationale for a criterion the preset holds no value function on", () => {
    expect(presetReferenceIssues(hedging, criteria, categories)).toEqual([]);
    const stray = { ...hedging, translations: { fa: { valueFunctionRationales: { viability: "بی‌ربط" } } } };
    expect(presetReferenceIssues(stray, criteria, categories)).toEqual([
      "presets[hedging].translations.fa.valueFunctionRationales.viability: the preset has no value function on this criterion",
    ]);
  });
});

describe("the seeded presets (prisma/presets.json)", () => {
  it.each(TRANSLATED_LOCALES)("are all translated into %s: title, rationale and every value function's rationale", (locale) => {
    for (const p of presets) {
      const own = p.translations?.[locale];
      expect(own?.title, `${p.slug}.${locale}.title`).toBeTruthy();
      expect(own?.rationale, `${p.slug}.${locale}.rationale`).toBeTruthy();
      expect(Object.keys(own?.valueFunctionRationales ?? {}).sort(), p.slug).toEqual(Object.keys(p.valueFunctions ?? {}).sort());
      expect(localisePreset(p, locale).untranslated, p.slug).toBeUndefined();
    }
  });

  it("write Arabic with Arabic letters and digits, Persian with Persian ones, and differ from the English", () => {
    const texts = (locale: "ar" | "fa" | "ru") => presets.flatMap((p) => JSON.stringify(p.translations?.[locale]));
    expect(texts("ar").join("")).not.toMatch(/[یک۰-۹]/);
    expect(texts("fa").join("")).not.toMatch(/[يكى٠-٩]/);
    expect(texts("ru").join("")).not.toMatch(/[\u0600-\u06ff]/);
    for (const p of presets) for (const locale of TRANSLATED_LOCALES) expect(p.translations?.[locale]?.title).not.toBe(p.title);
  });
});

describe("a preset in the page's language (localisePreset)", () => {
  it("puts the translated title, rationale and value functions' rationales in place, and lists what is still English", () => {
    const ar = localisePreset(hedging, "ar");
    expect([ar.title, ar.rationale]).toEqual(["دولة خليجية تتحوّط", "لا حرب على أعتابها."]);
    expect(ar.valueFunctions!["bloc-character"]).toEqual({ direction: "cost", rationale: "لا تكتّل تُرغَم على الانضمام إليه." });
    expect(ar.valueFunctions!["escalation-risk"]!.rationale).toBe("No war on its doorstep, whatever else.");
    expect(ar.untranslated).toEqual([presetRationaleField("escalation-risk")]);
    expect("translations" in ar).toBe(false);

    const ru = localisePreset(hedging, "ru");
    expect(ru.title).toBe("Лавирующее государство");
    expect(ru.untranslated).toEqual(["rationale", presetRationaleField("bloc-character"), presetRationaleField("escalation-risk")]);
    expect(localisePreset(hedging, "fa").untranslated).toContain("title");
  });

  it("leaves English as it is", () => {
    const en = localisePreset(hedging, "en");
    expect([en.title, en.valueFunctions]).toEqual([hedging.title, hedging.valueFunctions]);
    expect(en.untranslated).toBeUndefined();
  });
});

describe("a preset's title in a sheet (the view's label)", () => {
  it("is the translation, or the English marked (EN) and isolated in a right-to-left sheet", () => {
    expect(sheetPresetTitle(hedging, sheetWords("ar"))).toBe("دولة خليجية تتحوّط");
    expect(sheetPresetTitle(hedging, sheetWords("fa"))).toBe("\u2068A Gulf state that hedges (EN)\u2069");
    expect(sheetPresetTitle(hedging, sheetWords("en"))).toBe("A Gulf state that hedges");
    expect(sheetPresetTitle(undefined, sheetWords("ru"))).toBe("Равные веса");
  });

  it("names a seeded preset in the sheet's language, inside 'Custom (from …)' too", () => {
    const mediator = presets.find((p) => p.slug === "european-mediator")!;
    const label = (locale: "ar" | "ru", criterion = {}) => datasetComparisonModel(dataset, { preset: mediator, criterion, locale }).label;
    expect(label("ar")).toMatchObject({ custom: false, text: "وسيط أوروبي" });
    expect(label("ru", { [dataset.criteria[0]!.slug]: 0 }).text).toBe("Свои веса (на основе «Европейский посредник»)");
  });
});
