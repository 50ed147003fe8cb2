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
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
