import { useLocale } from "next-intl";
import { type Locale, languageOf } from "@/lib/i18n/locales";

/** The page's interface language (next-intl's locale also names its digits). Server and client components alike. */
export function useLanguage(): Locale {
  return languageOf(useLocale());
}
