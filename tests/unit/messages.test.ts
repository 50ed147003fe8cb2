import fs from "node:fs";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES, formattingLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/load-messages";

const read = (locale: string): Messages => JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"));

/** Every message of a file by its dotted key. */
function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments and rich-text tags a message takes, with "<tag>" for tags. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    }
    if (e.type === TYPE.tag) {
      into.add(`<${e.value}>`);
      argumentsOf(e.children, into);
    }
  }
  return into;
}

const english = flatten(read("en"));
const others = LOCALES.filter((l) => l !== "en");

describe("interface messages", () => {
  it("has English messages to compare against", () => expect(english.size).toBeGreaterThan(50));

  it.each(others)("%s has every English key and no other", (locale) => {
    const keys = [...flatten(read(locale)).keys()];
    expect(keys.filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !keys.includes(k))).toEqual([]);
  });

  it.each(LOCALES)("%s: every message parses and takes the same arguments and tags as the English one", (locale) => {
    const differing = [...flatten(read(locale))].flatMap(([key, message]) => {
      const theirs = [...argumentsOf(parse(message))].sort();
      const ours = [...argumentsOf(parse(english.get(key) ?? ""))].sort();
      return theirs.join() === ours.join() ? [] : [`${key}: ${theirs.join()} ≠ ${ours.join()}`];
    });
    expect(differing).toEqual([]);
  });

  it.each(others)("%s has no message left in English, bar names and codes", (locale) => {
    // A message identical to the English one is untranslated unless it is only arguments, tags, names or codes.
    const sameAsEnglish = [...flatten(read(locale))].filter(
      ([key, message]) => message === english.get(key) && /[a-z]{3,}/.test(message.replace(/\{[^}]*\}|<\/?\w+>/g, "")),
    );
    expect(sameAsEnglish.map(([key]) => key)).toEqual([]);
  });

  it("catches a key that differs, and a message whose arguments differ (the checks above can fail)", () => {
    expect([...argumentsOf(parse("{a} <b>{c, plural, one {# x} other {{d}}}</b>"))].sort()).toEqual(["<b>", "a", "c", "d"]);
    const other = flatten({ home: { title: "x" }, extra: "y" });
    expect([...other.keys()].filter((k) => !english.has(k))).toEqual(["extra"]);
  });

  it("writes Arabic plurals in all six forms and numbers in each language's digits", () => {
    type Markup = (key: string, values: Record<string, unknown>) => string;
    const t = (locale: (typeof LOCALES)[number], digits: "native" | "latn" = "native"): Markup => {
      const translator = createTranslator({ locale: formattingLocale(locale, digits), messages: read(locale), namespace: "home" });
      return (key, values) => (translator.markup as unknown as Markup)(key, values);
    };
    const counts = { year: 2019, actors: 35, criteria: 36, categories: 6 };
    expect(t("ar")("lede", { ...counts, frameworks: 2, source: (c: string) => c })).toContain("إطاران");
    expect(t("ar")("lede", { ...counts, frameworks: 5, source: (c: string) => c })).toContain("٥ أطر");
    expect(t("ar")("lede", { ...counts, frameworks: 11, source: (c: string) => c })).toContain("١١ إطارًا");
    expect(t("ar")("lede", { ...counts, frameworks: 5, source: (c: string) => c })).toContain("منذ عام ٢٠١٩");
    expect(t("ar", "latn")("lede", { ...counts, frameworks: 5, source: (c: string) => c })).toContain("5 أطر");
    expect(t("fa")("lede", { ...counts, frameworks: 5, source: (c: string) => c })).toContain("۵ چارچوب");
    expect(t("ru")("lede", { ...counts, frameworks: 5, source: (c: string) => c })).toContain("5 инициатив,");
    expect(t("ru")("lede", { ...counts, frameworks: 2, source: (c: string) => c })).toContain("2 инициативы");
    expect(t("en")("lede", { ...counts, frameworks: 1, source: (c: string) => c })).toContain("Since 2019 ");
  });

  it("never declines a framework's name in Russian: it is quoted after a word that takes the case, or is its clause's subject", () => {
    // "Отрыв {leader}" would need "Российской концепции"; "Отрыв инициативы «{leader}»" keeps the name as it is.
    const keepsCase = /(«|^|[.;:]\s|Лидирует\s)$/;
    const declined = [...flatten(read("ru"))].flatMap(([key, message]) =>
      [...message.matchAll(/\{(leader|runnerUp)\}/g)].filter((m) => !keepsCase.test(message.slice(0, m.index).replace(/<\/?\w+>/g, ""))).map(() => key),
    );
    expect(declined).toEqual([]);
    expect(keepsCase.test("Отрыв ")).toBe(false);
  });
});
