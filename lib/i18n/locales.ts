/**
 * The interface languages and what follows from each: its writing direction, its address prefix
 * and the digits its numbers are written in. Framework-free, so the proxy, the replay cache and
 * the pages share one definition.
 */

export const LOCALES = ["en", "ar", "fa", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that remembers the language chosen (next-intl's default name). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** The cookie that keeps Latin digits in a language whose own digits are others. */
export const DIGITS_COOKIE = "digits";

/** The languages' own names, as the switcher offers them. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ar: "العربية", fa: "فارسی", ru: "Русский" };

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

export const directionOf = (locale: Locale): "ltr" | "rtl" => (locale === "ar" || locale === "fa" ? "rtl" : "ltr");

export type DigitsSetting = "native" | "latn";

export const parseDigitsSetting = (value: string | undefined): DigitsSetting => (value === "latn" ? "latn" : "native");

/**
 * Each language's own digits, named explicitly because engines disagree: since CLDR 42 plain
 * "ar" means Latin digits in Node and Chromium, where Arabic print (and ar-SA, ar-EG) writes
 * Arabic-Indic ones. Persian writes Extended Arabic-Indic digits (۱۲۳); English and Russian Latin.
 */
const NATIVE_DIGITS: Record<Locale, string> = { en: "latn", ar: "arab", fa: "arabext", ru: "latn" };

/**
 * The locale every number and date is formatted with: the language, the Gregorian calendar (the
 * sources date events by it, and a year alone could not be put in another; plain "fa" would
 * mean the Solar Hijri calendar) and the numbering system.
 */
export function formattingLocale(locale: Locale, digits: DigitsSetting): string {
  return `${locale}-u-ca-gregory-nu-${digits === "latn" ? "latn" : NATIVE_DIGITS[locale]}`;
}

/** Whether the digits setting changes anything in this language. */
export const hasOwnDigits = (locale: Locale) => NATIVE_DIGITS[locale] !== "latn";

/** An address of the app in a language: English unprefixed, the others under /ar, /fa, /ru. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith("/") || path.startsWith("//")) return path;
  if (path === "/api" || path.startsWith("/api/")) return path;
  if (path === "/") return `/${locale}`;
  if (path.startsWith("/?") || path.startsWith("/#")) return `/${locale}${path.slice(1)}`;
  return `/${locale}${path}`;
}

const PREFIX = new RegExp(`^/(${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join("|")})(?=/|$)`);

/** The language of an address and the address without its prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = PREFIX.exec(pathname);
  if (!match) return { locale: DEFAULT_LOCALE, path: pathname };
  return { locale: match[1] as Locale, path: pathname.slice(match[0].length) || "/" };
}

/** The interface language of a formatting locale ("ar-u-nu-latn" is Arabic). */
export function languageOf(formatting: string): Locale {
  const language = formatting.split("-")[0];
  return isLocale(language) ? language : DEFAULT_LOCALE;
}
