import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const send = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://localhost${path}`, { headers }));
const rewrittenTo = (response: Response) => response.headers.get("x-middleware-rewrite");

describe("the proxy routes pages by language", () => {
  it("renders an unprefixed page in English, whatever the browser's Accept-Language", () => {
    for (const headers of [{}, { "accept-language": "ar,en;q=0.5" }] as Record<string, string>[]) {
      const response = send("/compare?w=a:1", headers);
      expect(response.status).toBe(200);
      expect(rewrittenTo(response)).toBe("http://localhost/en/compare?w=a:1");
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });

  it("renders a prefixed page in its language and remembers it", () => {
    const response = send("/ar/compare", { "sec-fetch-dest": "document" });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/^NEXT_LOCALE=ar;/);
  });

  it("sends an unprefixed address to the language remembered, and /en to the root", () => {
    const remembered = send("/inclusiveness?x=1", { cookie: "NEXT_LOCALE=fa" });
    expect(remembered.status).toBe(307);
    expect(remembered.headers.get("location")).toBe("http://localhost/fa/inclusiveness?x=1");
    const english = send("/en/compare?method=wsm");
    expect(english.status).toBe(307);
    expect(english.headers.get("location")).toBe("http://localhost/compare?method=wsm");
  });

  it("leaves the API and files alone, with the CSP still set", () => {
    for (const path of ["/api/frameworks", "/api", "/robots.txt"]) {
      const response = send(path, { cookie: "NEXT_LOCALE=ar" });
      expect(response.status, path).toBe(200);
      expect(rewrittenTo(response), path).toBeNull();
      expect(response.headers.get("content-security-policy"), path).toContain("nonce-");
    }
  });

  it("still answers 400 to an undecodable page address before routing it", () => {
    expect(send("/ar/compare%ff").status).toBe(400);
  });
});
