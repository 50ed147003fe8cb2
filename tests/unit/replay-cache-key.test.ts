import { describe, expect, it } from "vitest";
import { replayKey } from "@/lib/http/replay-cache-key";

const key = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  replayKey({ method, url, headers: { host: "example.org", ...headers } }, "gulf_session");

describe("which requests may be replayed", () => {
  it.each([
    "/",
    "/compare?preset=us-gulf&w=un-link:80",
    "/inclusiveness",
    "/frameworks/hope",
    "/frameworks/hope/history",
    "/sources/stepanova-2020",
    "/api/frameworks",
    "/api/frameworks/imsi",
    "/api/frameworks/hope/assessments/acceptability-ir",
    "/api/export?format=xlsx",
    "/ar",
    "/fa/compare?w=un-link:80",
    "/ru/frameworks/hope",
  ])("replays %s for a visitor without a session", (url) => expect(key(url)).not.toBeNull());

  it.each([
    ["a page that is not public", "/import", {}],
    ["a form of an editor", "/frameworks/hope/edit", {}],
    ["the history API (e-mails for editors)", "/api/history", {}],
    ["a slug that is not one", "/frameworks/Hope", {}],
    ["an assessment's slugs that are not ones", "/api/frameworks/hope/assessments/Acceptability", {}],
    ["a client-router fetch", "/compare", { rsc: "1" }],
    ["a prefetch", "/compare", { "next-router-prefetch": "1" }],
    ["a client-router fetch by query", "/compare?_rsc=abc", {}],
    ["a signed-in visitor", "/compare", { cookie: "a=b; gulf_session=token" }],
    ["a language that is not one of the app's", "/de/compare", {}],
    ["a language's home with a slash", "/ar/", {}],
    ["the API under a language", "/ar/api/frameworks", {}],
  ])("never replays %s", (_what, url, headers) => expect(key(url, headers)).toBeNull());

  it("never replays other methods", () => {
    expect(key("/compare", {}, "HEAD")).toBeNull();
    expect(key("/api/frameworks", {}, "POST")).toBeNull();
  });

  it("keys by the language remembered and the digits setting, which a page's rendering follows", () => {
    expect(key("/compare")).not.toBe(key("/compare", { cookie: "NEXT_LOCALE=ar" }));
    expect(key("/ar/compare", { cookie: "NEXT_LOCALE=ar" })).not.toBe(key("/ar/compare", { cookie: "NEXT_LOCALE=ar; digits=latn" }));
    expect(key("/ar/compare", { cookie: "other=1" })).toBe(key("/ar/compare"));
  });

  it("keys by host, forwarded scheme and address, so links and HSTS follow the request", () => {
    expect(key("/compare")).not.toBe(key("/compare", { host: "other.example" }));
    expect(key("/compare")).not.toBe(key("/compare", { "x-forwarded-proto": "https" }));
    expect(key("/compare?preset=a")).not.toBe(key("/compare?preset=b"));
    expect(key("/compare", { cookie: "theme=dark" })).toBe(key("/compare"));
  });
});
