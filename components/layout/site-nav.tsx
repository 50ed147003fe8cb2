"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";

/** The main navigation: inline on a wide screen; on a phone behind a Menu button, so the header keeps to one line. */
export function SiteNav({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const t = useTranslations("header");
  // A link followed closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input
  useEffect(() => setOpen(false), [pathname]);
  return (
    <>
      <button type="button" className="site-nav__toggle" aria-expanded={open} aria-controls="site-nav" onClick={() => setOpen(!open)}>
        {t("menu")}
      </button>
      <nav aria-label={t("mainNavigation")} className={`site-nav${open ? " site-nav--open" : ""}`} id="site-nav">
        {children}
      </nav>
    </>
  );
}
