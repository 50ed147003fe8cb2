import { expect, test } from "./support/warm-context";

// Checks that need the real server: our own Node server in front of Next, and the bundled app.

test("the analysis engine runs on its bundled worker thread", async ({ request }) => {
  const response = await request.post("/api/analyze", {
    data: { method: "topsis", alternatives: ["a", "b"], criteria: [{ id: "x", direction: "benefit", weight: 1 }], matrix: [[1], [2]] },
  });
  expect(response.status()).toBe(200);
  expect((await response.json()).ranking[0]).toMatchObject({ alternative: "b", rank: 1 });
});

test("sign-in limits key on the connection's address, not on headers a client can rotate", async ({ request, baseURL }) => {
  const attempt = (i: number) =>
    request.post("/api/session", {
      data: { email: "spoofing-test@example.org", password: "a guess that is wrong" },
      headers: { origin: baseURL!, "x-forwarded-for": `203.0.113.${i}`, "x-client-address": `198.51.100.${i}` },
    });
  for (let i = 0; i < 6; i++) expect((await attempt(i)).status()).toBe(401);
  const blocked = await attempt(99);
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
});

test("a cross-site sign-in (login CSRF) is refused", async ({ request }) => {
  const forged = await request.post("/api/session", {
    data: JSON.stringify({ email: "someone@example.org", password: "whatever it is" }),
    headers: { origin: "https://evil.example", "content-type": "text/plain" },
  });
  expect([403, 415]).toContain(forged.status());
});
