/**
 * The Content-Security-Policy of one response. Scripts run only with this request's nonce;
 * 'strict-dynamic' lets the scripts so trusted load Next's further chunks, and browsers that
 * understand it ignore 'self' (kept for those that do not).
 */
export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    "default-src 'self'",
    // React reconstructs server error stacks with eval in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Recharts sets style attributes, which no nonce can cover. A nonce here would also make
    // browsers ignore 'unsafe-inline', so styles get none.
    "style-src 'self' 'unsafe-inline'",
    // blob: and data: serve the chart downloads.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The robustness panel's SMAA worker, a script of this origin (without this, workers fall back to script-src, whose nonce a worker cannot carry).
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The request header in which our own server (scripts/serve.ts) hands the proxy the nonce it
 * chose for a request, overwriting any a client sent: the page cache must know the nonce a page
 * rendered with to replace it in a replay.
 */
export const NONCE_HEADER = "x-csp-nonce";

/** 16 random bytes in base64, as CSP nonces are written. */
export const newNonce = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));

export const isNonce = (value: string | null | undefined): value is string => typeof value === "string" && /^[A-Za-z0-9+/]{22}==$/.test(value);
