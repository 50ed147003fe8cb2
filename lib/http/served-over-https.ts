/**
 * Whether the client reached us over HTTPS: the URL's own scheme, or the first hop of
 * X-Forwarded-Proto as a TLS-terminating proxy in front of us sets it.
 *
 * Anyone can send X-Forwarded-Proto when no proxy overwrites it, so this is fit only for
 * decisions a lie cannot abuse. HSTS is one: a browser ignores Strict-Transport-Security on a
 * response that did not come over HTTPS, so a forged header over plain http changes nothing.
 */
export function servedOverHttps(url: URL, forwardedProto: string | null): boolean {
  if (url.protocol === "https:") return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
