"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { directionOf, hasOwnDigits, LOCALE_NAMES, LOCALES, type Locale, languageOf } from "@/lib/i18n/locales";
import { digitsCookie, languageCookie, sameAddressIn } from "@/lib/i18n/switch-language";

const SHORT_NAMES: Record<Locale, string> = { en: "EN", ar: "ع", fa: "فا", ru: "RU" };

/**
 * The languages, each a link to this page and query in it: a whole new document, since the
 * language also sets the document's direction. The choice is remembered in a cookie, set before
 * the browser leaves; in Arabic and Persian the reader may keep Latin digits.
 */
export function LanguageSwitcher() {
  return (
    <Suspense fallback={<Switcher search="" />}>
      <WithQuery />
    </Suspense>
  );
}

function WithQuery() {
  return <Switcher search={useSearchParams().toString()} />;
}

function Switcher({ search }: { search: string }) {
  const t = useTranslations("header.language");
  const formatting = useLocale();
  const current = languageOf(formatting);
  const pathname = usePathname();
  const latinDigits = formatting.endsWith("-nu-latn") && hasOwnDigits(current);
  const remember = (locale: Locale) => {
    // biome-ignore lint/suspicious/noDocumentCookie: a plain cookie the proxy reads; the Cookie Store API is not in every browser
    document.cookie = languageCookie(locale);
  };
  const setDigits = (latin: boolean) => {
    // biome-ignore lint/suspicious/noDocumentCookie: as above
    document.cookie = digitsCookie(latin ? "latn" : "native");
    window.location.reload();
  };
  return (
    <details className="language-switcher">
      <summary aria-label={t("label", { language: LOCALE_NAMES[current] })} lang={current}>
        {SHORT_NAMES[current]}
      </summary>
      <div className="language-switcher__menu">
        <ul>
          {LOCALES.map((locale) => (
            <li key={locale}>
              <a
                href={sameAddressIn(locale, pathname, search)}
                hrefLang={locale}
                lang={locale}
                dir={directionOf(locale)}
                aria-current={locale === current ? "true" : undefined}
                onClick={() => remember(locale)}
              >
                {LOCALE_NAMES[locale]}
              </a>
            </li>
          ))}
        </ul>
        {hasOwnDigits(current) && (
          <label className="language-switcher__digits">
            <input autoComplete="off" type="checkbox" checked={latinDigits} onChange={(e) => setDigits(e.target.checked)} />
            {t("latinDigits")}
          </label>
        )}
      </div>
    </details>
  );
}
