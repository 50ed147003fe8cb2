import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { SkipLinks } from "@/components/layout/skip-links";
import { clientMessages, type Messages } from "@/lib/i18n/load-messages";
import { directionOf, isLocale } from "@/lib/i18n/locales";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  return { title: { default: t("title"), template: t("titleTemplate", { page: "%s" }) }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: Props) {
  // Every page renders per request: Next puts the request's CSP nonce (proxy.ts) on its
  // scripts, and a page prerendered at build would carry none, so the browser would block them.
  await connection();
  const { locale } = await params;
  // The proxy routes every page address here, so an unknown first segment (/xx/compare) lands as a locale.
  if (!isLocale(locale)) notFound();
  const [formatting, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <IntlProvider locale={formatting} messages={clientMessages(messages as Messages)}>
          <SkipLinks />
          <SiteHeader />
          <main id="main">
            <NuqsAdapter>{children}</NuqsAdapter>
          </main>
          <SiteFooter />
        </IntlProvider>
      </body>
    </html>
  );
}
