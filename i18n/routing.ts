import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

/**
 * English at the root as before, the other languages under /ar, /fa, /ru. The language is chosen
 * by the address or remembered in a cookie (a year); the proxy hides the browser's
 * Accept-Language from next-intl, so a shared link opens in the language it names unless the
 * reader chose another (docs/decisions/011-interface-languages.md).
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365 },
  // hreflang alternates belong in the page's head, not a Link header on every response.
  alternateLinks: false,
});
