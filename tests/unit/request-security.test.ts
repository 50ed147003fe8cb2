import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { decodeURIComponentOrNull } from "@/lib/http/decode-uri-component-or-null";
import { servedOverHttps } from "@/lib/http/served-over-https";
import { undecodableUrlPart } from "@/lib/http/undecodable-url-part";

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

describe("undecodableUrlPart", () => {
  it("names the part whose percent-encoding does not decode", () => {
    expect(undecodableUrlPart(new URL("http://x/frameworks/%ff"))).toBe("path");
    expect(undecodableUrlPart(new URL("http://x/sources/%E0%A4%A"))).toBe("path");
    expect(undecodableUrlPart(new URL("http://x/api/frameworks/hope%"))).toBe("path");
    expect(undecodableUrlPart(new URL("http://x/compare?w=%ff"))).toBe("query");
    expect(undecodableUrlPart(new URL("http://x/api/export?format=csv&w=%zz"))).toBe("query");
  });
  it("passes well-formed addresses, whatever they name", () => {
    for (const url of ["http://x/", "http://x/frameworks/caf%C3%A9", "http://x/compare?cw=membership%3A60&q=a+b", "http://x/no%20such?w=100%25"])
      expect(undecodableUrlPart(new URL(url)), url).toBeNull();
  });
});

describe("decodeURIComponentOrNull", () => {
  it("decodes, or gives null where decodeURIComponent throws", () => {
    expect(decodeURIComponentOrNull("a%20b")).toBe("a b");
    expect(decodeURIComponentOrNull("%ff")).toBeNull();
    expect(decodeURIComponentOrNull("%ED%A0%80")).toBeNull();
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
