import fs from "node:fs";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FlipNote } from "@/components/weights/flip-note";
import { describeSliderFlips } from "@/lib/compare/describe-flips";
import type { SliderSensitivity } from "@/lib/compare/slider-sensitivity";
import { formattingLocale, type Locale } from "@/lib/i18n/locales";

const NAMES: Record<string, string> = { hope: "HOPE", imsi: "IMSI" };

/** The note under a slider as a reader of `locale` sees it: its text, and its HTML. */
function note(s: SliderSensitivity, locale: Locale = "en") {
  const flips = describeSliderFlips(s)!;
  const html = renderToStaticMarkup(
    <NextIntlClientProvider
      timeZone="UTC"
      locale={formattingLocale(locale, "native")}
      messages={JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"))}
    >
      <FlipNote note={flips} leaderName="Russian concept" nameOf={(slug) => NAMES[slug] ?? slug} />
    </NextIntlClientProvider>,
  );
  return { html, text: html.replace(/<[^>]+>/g, "").replaceAll("&#x27;", "'") };
}

describe("the flip note under a slider (lib/compare/describe-flips in the interface's words)", () => {
  it("reads in English as it always has", () => {
    expect(note({ inactive: null, lower: null, upper: { at: 137.25, reachable: false, leader: "hope" } }).text).toBe(
      "HOPE would lead above 137.3: not reachable with this slider alone.",
    );
    expect(note({ inactive: null, lower: { at: 12, reachable: true, leader: "imsi" }, upper: null }).text).toBe("Below 12, IMSI takes the lead.");
    expect(note({ inactive: null, lower: null, upper: { at: Infinity, reachable: false, leader: "hope" } }).text).toBe(
      "HOPE would lead only past 1,000: not reachable with this slider alone.",
    );
    expect(note({ inactive: null, lower: null, upper: null }).text).toBe("No position of this slider alone takes the lead from Russian concept.");
    expect(note({ inactive: null, lower: { at: 26.34, reachable: true, leader: "imsi" }, upper: { at: 80, reachable: true, leader: "hope" } }).text).toBe(
      "Below 26.3, IMSI takes the lead. Above 80, HOPE takes the lead.",
    );
  });

  it("isolates the names and writes the positions in the language's digits", () => {
    const ar = note({ inactive: null, lower: { at: 26.34, reachable: true, leader: "imsi" }, upper: null }, "ar");
    expect(ar.html).toContain("<bdi>IMSI</bdi>");
    expect(ar.text).toContain("٢٦٫٣");
    const fa = note({ inactive: null, lower: null, upper: { at: Infinity, reachable: false, leader: "hope" } }, "fa");
    expect(fa.text).toContain("۱٬۰۰۰");
    expect(fa.html).toContain("<bdi>HOPE</bdi>");
    expect(note({ inactive: null, lower: null, upper: null }, "ru").html).toContain("<bdi>Russian concept</bdi>");
  });
});
