"use client";

import { usePathname } from "next/navigation";
import { splitLocale } from "@/lib/i18n/locales";

/** The current page's address without its language prefix: "/compare" on /ar/compare too. */
export function usePagePath(): string {
  return splitLocale(usePathname()).path;
}
