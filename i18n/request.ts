import { cookies } from "next/headers";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { DIGITS_COOKIE, formattingLocale, parseDigitsSetting } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/load-messages";
import { missingMessageMarker, reportIntlError } from "@/lib/i18n/missing-message";
import { routing } from "./routing";

/**
 * The messages and formats of a request: the [locale] segment's language, formatted with its own
 * digits unless the reader keeps Latin ones (the digits cookie).
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const digits = parseDigitsSetting((await cookies()).get(DIGITS_COOKIE)?.value);
  return {
    locale: formattingLocale(locale, digits),
    messages: await loadMessages(locale),
    timeZone: "UTC",
    onError: reportIntlError,
    getMessageFallback: missingMessageMarker,
  };
});
