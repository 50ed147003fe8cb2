import { expect, test } from "@playwright/test";

test("security headers are set on every page", async ({ request }) => {
  for (const path of ["/", "/compare", "/api/frameworks"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
  }
});
