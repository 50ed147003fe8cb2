"use client";

import { useEffect } from "react";

/** Whether a click on a link leaves for another page of this site in this tab. */
function leavesForAnotherPage(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  // A link that puts the form's draft aside first (to pick lines in a source) loses nothing.
  if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download") || link.dataset.keepsDraft !== undefined) return false;
  const to = new URL(link.href, window.location.href);
  return to.origin === window.location.origin && (to.pathname !== window.location.pathname || to.search !== window.location.search);
}

/**
 * Asks before unsaved changes are left behind: on closing or reloading the tab (the browser's
 * own question) and on following one of the site's links, which moves without unloading the
 * page and so without the browser asking.
 */
export function useLeaveGuard(unsaved: boolean, question: string) {
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    // In the capture phase at the document, before the link's own handler (React's, at its root) moves.
    const onClick = (event: MouseEvent) => {
      if (leavesForAnotherPage(event) && !window.confirm(question)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [unsaved, question]);
}
