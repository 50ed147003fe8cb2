"use client";

import Link from "@/components/i18n/link";
import { usePagePath } from "@/components/i18n/use-page-path";
import type { ReactNode } from "react";

/** A header link that marks itself as the current page (or section). */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const path = usePagePath();
  const current = href === "/" ? path === "/" || path.startsWith("/frameworks") : path.startsWith(href);
  return (
    <Link href={href} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
