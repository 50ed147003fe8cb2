"use client";

import { useEffect } from "react";

/**
 * Keeps `--header-height` at the sticky header's real height. The header wraps to two lines or
 * more on a narrower wide screen, in a longer language or with a signed-in editor's account
 * link, and the bars that stick under it (the source viewer's pick bar and cited banner, the
 * live ranking) and the scroll padding of a jump to a line must clear it. The stylesheet's
 * one-line value stands until this runs.
 */
export function HeaderHeight() {
  useEffect(() => {
    const header = document.querySelector<HTMLElement>(".site-header");
    if (!header) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty("--header-height", `${header.offsetHeight}px`));
    observer.observe(header);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--header-height");
    };
  }, []);
  return null;
}
