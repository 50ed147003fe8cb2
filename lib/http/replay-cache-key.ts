import { DEFAULT_LOCALE, DIGITS_COOKIE, LOCALE_COOKIE, LOCALES } from "../i18n/locales";

/**
 * Which requests may be answered by replaying an earlier response, and under what key. A
 * response qualifies when it depends only on its address and the data: a GET of a public page
 * (the full document, not a React Server Components fetch of the client router, which varies with
 * the router's state), of the read API or of an export, from a visitor without a session. Signed-in visitors
 * see edit links, their own name and editors' e-mail addresses, so they always get a fresh one.
 */

/** Path patterns: a segment in braces is one slug-shaped segment. Pages also answer under a language prefix (/ar, /fa, /ru). */
const REPLAYABLE_PATHS = [
  "/",
  "/compare",
  "/inclusiveness",
  "/data",
  "/history",
  "/scenarios",
  "/sources",
  "/sources/{}",
  "/frameworks/{}",
  "/frameworks/{}/history",
  "/api/frameworks",
  "/api/frameworks/{}",
  "/api/frameworks/{}/assessments/{}",
  "/api/criteria",
  "/api/categories",
  "/api/actors",
  "/api/sources",
  "/api/export",
];

const SLUG_SEGMENT = "[a-z0-9]+(?:-[a-z0-9]+)*";
const LANGUAGE_PREFIX = `/(?:${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join("|")})`;
const pattern = (p: string) => {
  const path = p.replaceAll("{}", SLUG_SEGMENT);
  if (p.startsWith("/api")) return path;
  // The home page of a language is /ar, not /ar/.
  return p === "/" ? `/|${LANGUAGE_PREFIX}` : `(?:${LANGUAGE_PREFIX})?${path}`;
};
const REPLAYABLE = new RegExp(`^(?:${REPLAYABLE_PATHS.map(pattern).join("|")})$`);

/**
 * Cookies a page's rendering depends on beside its address: the language remembered (an
 * unprefixed address redirects to it, and a page sets it when it differs) and the digits setting.
 */
const RENDERING_COOKIES = [LOCALE_COOKIE, DIGITS_COOKIE];

/** Request headers of the client router: a response to a request carrying one is not a document. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];

type ReplayRequest = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

const header = (request: ReplayRequest, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
};

/** A cookie's value in a Cookie header, or null when it is not there. */
function cookieValue(cookieHeader: string, name: string): string | null {
  for (const part of cookieHeader.split(";")) {
    const c = part.trim();
    if (c.startsWith(`${name}=`)) return c.slice(name.length + 1);
  }
  return null;
}

/**
 * The replay key of a request (with its host and forwarded scheme, which absolute links and HSTS
 * follow), or null when it must go to the app. `sessionCookie` names a signed-in visitor's cookie.
 */
export function replayKey(request: ReplayRequest, sessionCookie: string): string | null {
  if (request.method !== "GET" || !request.url) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const cookie = header(request, "cookie");
  if (cookieValue(cookie, sessionCookie) !== null) return null;
  const queryAt = request.url.indexOf("?");
  const path = queryAt < 0 ? request.url : request.url.slice(0, queryAt);
  if (!REPLAYABLE.test(path)) return null;
  if (queryAt >= 0 && new URLSearchParams(request.url.slice(queryAt + 1)).has("_rsc")) return null;
  const cookies = RENDERING_COOKIES.map((name) => cookieValue(cookie, name));
  return [header(request, "host"), header(request, "x-forwarded-proto"), header(request, "x-forwarded-host"), ...cookies, request.url].join("\n");
}
