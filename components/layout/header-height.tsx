"use client";

import { useEffect } from "react";
import { followHeight } from "./follow-height";

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
    return header ? followHeight(header, "--header-height") : undefined;
  }, []);
  return null;
}
