import { NextRequest, NextResponse } from "next/server";
import createIntlRouting from "next-intl/middleware";
import { routing } from "@/i18n/routing";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { contentSecurityPolicy, isNonce, NONCE_HEADER, newNonce } from "@/lib/http/content-security-policy";
import { servedOverHttps } from "@/lib/http/served-over-https";
import { undecodableUrlPart } from "@/lib/http/undecodable-url-part";
import { jsonError } from "@/lib/server/api/json-response";

const HSTS = "max-age=63072000; includeSubDomains";

const intlRouting = createIntlRouting(routing);

/** Pages go through the language routing; the API and files (a dot in the last segment) do not. */
const isPage = (pathname: string) => pathname !== "/api" && !pathname.startsWith("/api/") && !/\.[^/]*$/.test(pathname);

function badRequest(url: URL, part: "path" | "query"): Response {
  const message = `the ${part} of this address has a malformed percent-encoding`;
  if (url.pathname === "/api" || url.pathname.startsWith("/api/")) return jsonError(400, message);
  return new Response(`Bad request: ${message}.\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * Every page and API response gets its own CSP nonce (and HSTS over HTTPS); the headers every
 * response shares are in next.config.js. Addresses that do not decode stop here with a 400.
 * A page's address is then routed by language (next-intl): /ar/compare renders app/[locale]
 * as "ar", /compare as "en", /en/compare redirects to /compare, and an unprefixed address
 * redirects to the language a reader chose before (its cookie).
 */
export function proxy(request: NextRequest) {
  const url = new URL(request.url);
  // Our server chose this request's nonce (scripts/serve.ts); behind another server, choose one here.
  const given = request.headers.get(NONCE_HEADER);
  const policy = contentSecurityPolicy(isNonce(given) ? given : newNonce(), { development: process.env.NODE_ENV === "development" });

  const undecodable = undecodableUrlPart(url);
  let response: Response;
  if (undecodable) {
    response = badRequest(url, undecodable);
  } else {
    // Next renders with the nonce it finds in the request's CSP header, so set it there too
    // (replacing any the client sent).
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    if (isPage(url.pathname)) {
      // Only the address and the cookie choose the language, never the browser's Accept-Language:
      // an unprefixed page is English to everyone who has not chosen otherwise, as the replay
      // cache (lib/http/replay-cache-key.ts) assumes.
      // (Set to English rather than removed: next-intl would then set a cookie on every English
      // page, and the replay cache keeps no response that sets one.)
      headers.set("accept-language", DEFAULT_LOCALE);
      response = intlRouting(new NextRequest(request, { headers }));
    } else {
      response = NextResponse.next({ request: { headers } });
    }
  }
  response.headers.set("content-security-policy", policy);
  if (servedOverHttps(url, request.headers.get("x-forwarded-proto"))) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  // Static assets carry no scripts to vouch for; everything else, /api included, comes through.
  matcher: ["/((?!_next/static/|_next/image|favicon\\.ico$|icon\\.svg$).*)"],
};
