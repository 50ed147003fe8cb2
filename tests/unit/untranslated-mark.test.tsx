import fs from "node:fs";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import { localiseFramework } from "@/lib/i18n/localise-vocabulary";
import type { Locale } from "@/lib/i18n/locales";

function render(entity: { untranslated?: readonly string[] }, locale: Locale) {
  return renderToStaticMarkup(
    <NextIntlClientProvider timeZone="UTC" locale={locale} messages={JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"))}>
      <UntranslatedMark entity={entity} />
    </NextIntlClientProvider>,
  );
}

describe("the mark on a name shown in English on another language's page", () => {
  const added = { slug: "eu-idea", name: "A European maritime mission", shortName: "EU mission" };
  it("marks a name without a translation, saying so in the page's language", () => {
    const html = render(localiseFramework(added, "fa"), "fa");
    expect(html).toContain('lang="en"');
    expect(html).toContain("هنوز ترجمه نشده است");
  });
  it("marks nothing when the name has a translation, nor on an English page", () => {
    expect(render(localiseFramework({ ...added, translations: { fa: { name: "مأموریت دریایی اروپا" } } }, "fa"), "fa")).toBe("");
    expect(render(localiseFramework(added, "en"), "en")).toBe("");
  });
});
