import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLinks } from "@/components/layout/skip-links";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Gulf Security Architecture Comparator", template: "%s · Gulf Security Comparator" },
  description: "Compare the competing proposals for a Persian Gulf security architecture, criterion by criterion, every assessment cited to its source.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next puts the request's CSP nonce (proxy.ts) on its
  // scripts, and a page prerendered at build would carry none, so the browser would block them.
  await connection();
  return (
    <html lang="en">
      <body>
        <SkipLinks />
        <SiteHeader />
        <main id="main">
          <NuqsAdapter>{children}</NuqsAdapter>
        </main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            Data drawn from E. Stepanova, “Russia’s Foreign and Security Policy in the Middle East: Entering the 2020s”, FEPS–IAI, 2020. Every value links to
            the lines it rests on. The data is also available as JSON at <a href="/api/frameworks">/api/frameworks</a>.
          </div>
        </footer>
      </body>
    </html>
  );
}
