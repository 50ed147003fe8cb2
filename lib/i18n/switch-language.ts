import { DIGITS_COOKIE, type DigitsSetting, LOCALE_COOKIE, type Locale, localizedPath, splitLocale } from "./locales";

const YEAR = 60 * 60 * 24 * 365;

/** The same page and query in another language: /ar/compare?w=x:1 in English is /compare?w=x:1. */
export function sameAddressIn(locale: Locale, pathname: string, search: string): string {
  const query = search && !search.startsWith("?") ? `?${search}` : search;
  return `${localizedPath(locale, splitLocale(pathname).path)}${query}`;
}

/** The cookie that remembers a language chosen (the proxy redirects an unprefixed address to it). */
export const languageCookie = (locale: Locale) => `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${YEAR}; SameSite=Lax`;

/** The cookie of the digits setting ("native" forgets it). */
export const digitsCookie = (digits: DigitsSetting) =>
  digits === "latn" ? `${DIGITS_COOKIE}=latn; Path=/; Max-Age=${YEAR}; SameSite=Lax` : `${DIGITS_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
