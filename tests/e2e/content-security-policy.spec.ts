import { reportCspViolations, watchCspViolations } from "./support/csp-violations";
import { expect, test, type APIResponse } from "./support/warm-context";

const MAIN_PAGES = ["/", "/compare", "/inclusiveness", "/frameworks/hope", "/sources/stepanova-2020", "/history", "/import", "/login", "/data", "/scenarios"];

const scriptSrc = (response: APIResponse) =>
  (response.headers()["content-security-policy"] ?? "")
    .split(";")
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("script-src ")) ?? "";

const nonceIn = (directive: string) => /'nonce-([A-Za-z0-9+/_-]+={0,2})'/.exec(directive)?.[1];

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
}

// Every browser test fails on a CSP violation in a page of its own context (support/warm-context.ts,
// support/own-server.ts): the pages above, their states after a click, rendered and replayed.
// This shows that watch catching one.
test("the suite's CSP watch sees a script the policy blocks", async ({ browser }) => {
  const context = await browser.newContext();
  await reportCspViolations(context);
  const csp = watchCspViolations(context);
  const page = await context.newPage();
  await page.goto("/login");
  await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
  expect(csp.violations).toEqual([]);
  // An inline event handler, as injected markup would carry one.
  await page.evaluate(() => {
    const injected = document.createElement("div");
    injected.innerHTML = '<img src="/no-such-image" onerror="window.injected = true">';
    document.body.append(injected);
  });
  await expect.poll(() => csp.violations.length).toBeGreaterThan(0);
  expect(csp.violations.join("\n")).toContain("script-src");
  expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
  csp.stop();
  await context.close();
});
