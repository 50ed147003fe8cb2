import { expect, test, type APIResponse, type Page } from "./support/warm-context";

const MAIN_PAGES = ["/", "/compare", "/inclusiveness", "/frameworks/hope", "/sources/stepanova-2020", "/history", "/import", "/login", "/data", "/scenarios"];

const scriptSrc = (response: APIResponse) =>
  (response.headers()["content-security-policy"] ?? "")
    .split(";")
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("script-src ")) ?? "";

const nonceIn = (directive: string) => /'nonce-([A-Za-z0-9+/_-]+={0,2})'/.exec(directive)?.[1];

/** Collects what the browser reports as CSP violations, from the console and from the violation event. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/content.security.policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  // Init scripts come through the DevTools protocol, which the page's CSP does not govern.
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`),
    ),
  );
  return violations;
}

for (const path of MAIN_PAGES) {
  test(`${path} allows scripts by a fresh nonce, never by 'unsafe-inline'`, async ({ request }) => {
    const first = await request.get(path);
    const second = await request.get(path);
    expect(first.status()).toBe(200);
    const directive = scriptSrc(first);
    expect(directive).not.toContain("'unsafe-inline'");
    expect(directive).not.toContain("'unsafe-eval'");
    expect(directive).toContain("'strict-dynamic'");
    const nonce = nonceIn(directive);
    expect(nonce, directive).toBeTruthy();
    expect(nonceIn(scriptSrc(second))).not.toBe(nonce);

    // A page prerendered at build time would send scripts without this request's nonce; a page
    // replayed from memory (every public one, from its second request on) must carry its own.
    const responses = [first, second];
    for (let i = 0; i < 4 && !responses.some((r) => r.headers()["x-replay"] === "hit"); i++) responses.push(await request.get(path));
    if (!["/import", "/login"].includes(path)) expect(responses.some((r) => r.headers()["x-replay"] === "hit")).toBe(true);
    for (const response of responses) {
      const own = nonceIn(scriptSrc(response));
      const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toContain(` nonce="${own}"`);
    }
    expect(new Set(responses.map((r) => nonceIn(scriptSrc(r)))).size).toBe(responses.length);
  });

  test(`${path} runs its scripts without a CSP violation, rendered or replayed`, async ({ page }) => {
    const violations = await watchViolations(page);
    // The first visit may render the page; the second is replayed unless a write came between.
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      // Set by Next's client bootstrap: its scripts ran.
      await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
  });
}

test("/compare hydrates under the CSP: a preset and a slider change the view", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/compare");
  await page.getByLabel("Perspective").selectOption("us-gulf-deterrence");
  await expect(page).toHaveURL(/preset=us-gulf-deterrence/);
  const membership = page.getByRole("slider", { name: "Membership & inclusiveness (category)" });
  await membership.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(membership).toHaveValue("69");
  await expect(page).toHaveURL(/cw=membership(:|%3A)69/);
  expect(violations).toEqual([]);
});
