import { getLocale } from "next-intl/server";
import { type Locale, languageOf } from "@/lib/i18n/locales";

/** The request's interface language, for async server components (next-intl's locale also names the digits). */
export async function currentLanguage(): Promise<Locale> {
  return languageOf(await getLocale());
}
