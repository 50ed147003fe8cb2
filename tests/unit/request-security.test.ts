import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { servedOverHttps } from "@/lib/http/served-over-https";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce, never inline, and eval only in development", () => {
    const production = contentSecurityPolicy("abc123==", { development: false });
    expect(directive(production, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directive(contentSecurityPolicy("n", { development: true }), "script-src")).toContain("'unsafe-eval'");
    expect(directive(production, "frame-ancestors")).toBe("frame-ancestors 'none'");
    // A nonce in style-src would switch off 'unsafe-inline', which Recharts' style attributes need.
    expect(directive(production, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });
});

describe("servedOverHttps", () => {
  it("trusts the URL's scheme, or the first hop of X-Forwarded-Proto", () => {
    expect(servedOverHttps(new URL("https://x/"), null)).toBe(true);
    expect(servedOverHttps(new URL("http://x/"), "https")).toBe(true);
    expect(servedOverHttps(new URL("http://x/"), "HTTPS, http")).toBe(true);
    expect(servedOverHttps(new URL("http://x/"), "http, https")).toBe(false);
    expect(servedOverHttps(new URL("http://x/"), null)).toBe(false);
  });
});
