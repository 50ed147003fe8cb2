import { describe, expect, it } from "vitest";
import { visualArrow } from "@/components/matrix/grid-navigation";
import { directionOf, formattingLocale, languageOf, localizedPath, splitLocale } from "@/lib/i18n/locales";
import { digitsCookie, languageCookie, sameAddressIn } from "@/lib/i18n/switch-language";

describe("addresses in a language", () => {
  it.each([
    ["en", "/compare?w=a:1", "/compare?w=a:1"],
    ["ar", "/compare?w=a:1", "/ar/compare?w=a:1"],
    ["fa", "/", "/fa"],
    ["ru", "/?q=hope", "/ru?q=hope"],
    ["ar", "/sources/stepanova-2020#L10", "/ar/sources/stepanova-2020#L10"],
    ["ar", "/api/export?format=pdf", "/api/export?format=pdf"],
    ["ar", "https://example.org/x", "https://example.org/x"],
    ["ar", "//example.org/x", "//example.org/x"],
    ["ar", "#weights", "#weights"],
  ] as const)("%s: %s is %s", (locale, path, expected) => expect(localizedPath(locale, path)).toBe(expected));

  it.each([
    ["/compare", "en", "/compare"],
    ["/ar/compare", "ar", "/compare"],
    ["/fa", "fa", "/"],
    ["/arabic", "en", "/arabic"],
    ["/ru/frameworks/hope", "ru", "/frameworks/hope"],
  ] as const)("%s is %s at %s", (pathname, locale, path) => expect(splitLocale(pathname)).toEqual({ locale, path }));

  it("switches language on the same page and query", () => {
    expect(sameAddressIn("ar", "/compare", "w=a:1&method=topsis")).toBe("/ar/compare?w=a:1&method=topsis");
    expect(sameAddressIn("en", "/ar/compare", "?w=a:1")).toBe("/compare?w=a:1");
    expect(sameAddressIn("fa", "/ru", "")).toBe("/fa");
  });

  it("remembers the language and the digits for a year, and forgets the digits", () => {
    expect(languageCookie("ar")).toMatch(/^NEXT_LOCALE=ar; Path=\/; Max-Age=31536000/);
    expect(digitsCookie("latn")).toMatch(/^digits=latn; .*Max-Age=31536000/);
    expect(digitsCookie("native")).toMatch(/^digits=; .*Max-Age=0/);
  });
});

describe("direction and digits", () => {
  it("writes Arabic and Persian right to left", () => {
    expect(["en", "ar", "fa", "ru"].map((l) => directionOf(l as "en"))).toEqual(["ltr", "rtl", "rtl", "ltr"]);
  });

  it("formats in each language's own digits unless Latin ones are kept, always in the Gregorian calendar", () => {
    const number = (locale: string) => new Intl.NumberFormat(locale).format(1234.5);
    expect(number(formattingLocale("ar", "native"))).toBe("١٬٢٣٤٫٥");
    expect(number(formattingLocale("fa", "native"))).toBe("۱٬۲۳۴٫۵");
    expect(number(formattingLocale("ar", "latn"))).toBe("1,234.5");
    expect(number(formattingLocale("ru", "native"))).toBe("1\u00a0234,5");
    const year = new Intl.DateTimeFormat(formattingLocale("fa", "latn"), { year: "numeric", timeZone: "UTC" }).format(Date.UTC(2019, 6, 23));
    expect(year).toContain("2019");
    expect(languageOf(formattingLocale("fa", "latn"))).toBe("fa");
  });

  it("moves the matrix's focus the way an arrow points, right to left too", () => {
    expect(visualArrow("ArrowLeft", true)).toBe("ArrowRight");
    expect(visualArrow("ArrowRight", true)).toBe("ArrowLeft");
    expect(visualArrow("ArrowLeft", false)).toBe("ArrowLeft");
    expect(visualArrow("ArrowUp", true)).toBe("ArrowUp");
  });
});
