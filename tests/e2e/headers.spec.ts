import { expect, test } from "./support/warm-context";

test("security headers are set on every page", async ({ request }) => {
  for (const path of ["/", "/compare", "/api/frameworks"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
  }
});

test("HSTS is sent only when the request came over HTTPS", async ({ request }) => {
  for (const path of ["/", "/api/frameworks"]) {
    expect((await request.get(path)).headers()["strict-transport-security"], path).toBeUndefined();
    const behindTls = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(behindTls.headers()["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
  }
});
