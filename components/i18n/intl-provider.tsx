"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import type { ReactNode } from "react";
import { missingMessageMarker, reportIntlError } from "@/lib/i18n/missing-message";

/**
 * The browser's side of the messages: the page's language and digits, and the same handling of a
 * missing message as on the server (functions cannot travel from a server component, so they are set here).
 */
export function IntlProvider({ locale, messages, children }: { locale: string; messages: AbstractIntlMessages; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC" onError={reportIntlError} getMessageFallback={missingMessageMarker}>
      {children}
    </NextIntlClientProvider>
  );
}
