import type { BrowserContext, Page } from "@playwright/test";

const VIOLATION = /content.security.policy/i;

/** Logs every CSP violation to the console, where the watcher below reads it. */
function reportViolations() {
  document.addEventListener("securitypolicyviolation", (event) =>
    console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`),
  );
}

/**
 * Makes every page of the context report CSP violations (init scripts come through the DevTools
 * protocol, which the page's CSP does not govern). Once per context: init scripts cannot be removed.
 */
export async function reportCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(reportViolations);
}

/** Collects the CSP violations of every page the context opens from now until `stop`. */
export function watchCspViolations(context: BrowserContext): { violations: string[]; stop: () => void } {
  const violations: string[] = [];
  const listen = (page: Page) =>
    page.on("console", (message) => {
      if (VIOLATION.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
  for (const page of context.pages()) listen(page);
  context.on("page", listen);
  return { violations, stop: () => context.off("page", listen) };
}
