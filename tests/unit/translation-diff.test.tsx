import fs from "node:fs";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChangeView } from "@/components/history/change-view";
import { changeDiff } from "@/lib/audit/change-diff";
import { translationChanges } from "@/lib/audit/translation-diff";
import type { HistoryEntry } from "@/lib/domain/history-entry";
import { formattingLocale, type Locale } from "@/lib/i18n/locales";

const before = {
  ru: { name: "Приемлемость для Ирана" },
  ar: { name: "القبول لدى إيران", scaleLabels: { "-2": "رفضه أو معارضته", "2": "يقترحه أو يتبنّاه" } },
  fa: { name: "پذیرفتنی بودن برای ایران" },
};
const after = {
  ar: { name: "مقبولية الإطار لدى طهران", scaleLabels: { "-2": "رفضه أو معارضته", "2": "يقترحه أو يتبنّاه صراحةً" } },
  fa: {},
  ru: { name: "Приемлемость для Ирана", description: "Могла бы Иран принять её." },
};

describe("a change of translations, language by language and field by field", () => {
  it("lists each changed text with its language, field and point, in the interface's order of languages, and nothing unchanged", () => {
    expect(translationChanges(before, after)).toEqual([
      { locale: "ar", field: "name", before: "القبول لدى إيران", after: "مقبولية الإطار لدى طهران" },
      { locale: "ar", field: "scaleLabels", key: "2", before: "يقترحه أو يتبنّاه", after: "يقترحه أو يتبنّاه صراحةً" },
      { locale: "fa", field: "name", before: "پذیرفتنی بودن برای ایران", after: null },
      { locale: "ru", field: "description", before: null, after: "Могла бы Иран принять её." },
    ]);
  });

  it("reads none as nothing on that side: the first translations are all added, removing them all removes each", () => {
    expect(translationChanges(null, { ar: { name: "س" } })).toEqual([{ locale: "ar", field: "name", before: null, after: "س" }]);
    expect(translationChanges({ ar: { name: "س" } }, undefined)).toEqual([{ locale: "ar", field: "name", before: "س", after: null }]);
    expect(translationChanges(before, structuredClone(before))).toEqual([]);
  });

  it("gives up on a value that is not translations as stored (it is then shown whole)", () => {
    expect(translationChanges("a text", after)).toBeNull();
    expect(translationChanges({ ar: "name" }, after)).toBeNull();
    expect(translationChanges([before], after)).toBeNull();
  });

  it("is how the history reads a change of the translations field (only that field), a long text by its changed words", () => {
    const summary = "مبادرة إيرانية طُرحت في الأمم المتحدة لإبرام ميثاق بين الدول المشاطئة الثماني، يقوم على عدم الاعتداء وعدم التدخل";
    const diff = changeDiff({
      entity: "framework",
      action: "update",
      field: "translations",
      before: { ar: { shortName: "هرمز", summary } },
      after: { ar: { shortName: "مبادرة هرمز", summary: summary.replace("الثماني", "كلها") } },
    });
    expect(diff.kind).toBe("translations");
    if (diff.kind !== "translations") return;
    expect(diff.changes[0]).toEqual({ locale: "ar", field: "shortName", before: "هرمز", after: "مبادرة هرمز" });
    expect(diff.changes[1]!.parts!.filter((p) => p.change !== "same").map((p) => [p.change, p.text])).toEqual([
      ["removed", "الثماني"],
      ["added", "كلها"],
    ]);
    // A malformed language code (audit rows are shown as stored) is no language to split words by, not an error.
    const long = { "bad tag!": { summary } };
    expect(
      changeDiff({ entity: "framework", action: "update", field: "translations", before: long, after: { "bad tag!": { summary: `${summary}.` } } }).kind,
    ).toBe("translations");
    expect(changeDiff({ entity: "framework", action: "update", field: "lineage", before, after }).kind).toBe("value");
    expect(changeDiff({ entity: "actor", action: "update", field: "translations", before: { ar: "x" }, after }).kind).toBe("value");
  });
});

const entry = (b: unknown, a: unknown): HistoryEntry =>
  ({
    id: 7,
    at: "2026-12-24T10:00:00.000Z",
    actor: "translator@example.org",
    action: "update",
    entity: "criterion",
    entityKey: "acceptability-ir",
    field: "translations",
    before: b,
    after: a,
    reason: "A clearer Arabic name",
  }) as unknown as HistoryEntry;

function text(b: unknown, a: unknown, locale: Locale) {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider
      timeZone="UTC"
      locale={formattingLocale(locale, "native")}
      messages={JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"))}
    >
      <ChangeView entry={entry(b, a)} />
    </NextIntlClientProvider>,
  );
  return { html, lines: [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, "").replace(/[\u2068\u2069]/g, "")) };
}

describe("the history's view of a change of translations", () => {
  it("says each changed text with its language and field in the page's language", () => {
    expect(text(before, after, "en").lines).toEqual([
      "Arabic · name: القبول لدى إيران → مقبولية الإطار لدى طهران",
      "Arabic · label of point 2: يقترحه أو يتبنّاه → يقترحه أو يتبنّاه صراحةً",
      "Persian · name: پذیرفتنی بودن برای ایران → —",
      "Russian · description: — → Могла бы Иран принять её.",
    ]);
    expect(text(before, after, "ar").lines.slice(0, 2)).toEqual([
      "العربية · الاسم: القبول لدى إيران ← مقبولية الإطار لدى طهران",
      "العربية · وصف النقطة ٢: يقترحه أو يتبنّاه ← يقترحه أو يتبنّاه صراحةً",
    ]);
  });

  it("points its arrow from the value before to the one after as the line runs: leftwards in Arabic and Persian", () => {
    expect(text(before, after, "fa").lines[0]).toBe("عربی · نام: القبول لدى إيران ← مقبولية الإطار لدى طهران");
    expect(text(before, after, "ru").lines[0]).toBe("арабский · название: القبول لدى إيران → مقبولية الإطار لدى طهران");
  });

  it("marks each value with its language, and shows no JSON", () => {
    const { html } = text(before, after, "fa");
    expect(html).toContain('<bdi lang="ar">مقبولية الإطار لدى طهران</bdi>');
    expect(html).not.toContain("{");
  });
});
