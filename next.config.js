// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

// Points next-intl at the request configuration: each request's language, digits and messages.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon, and pg is the PostgreSQL driver: load both from node_modules at run time, never bundle them.
  // pdf.js loads its worker module from its own folder when it reads an uploaded PDF.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "pdfjs-dist"],
  poweredByHeader: false,
  // npm test typechecks the whole project (npm run typecheck) before it builds (build:checked),
  // so that build skips Next's second pass over the same files; every other build checks types.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  reactStrictMode: true,
  // proxy.ts answers 400 to an address whose percent-encoding does not decode, so it must see
  // the URL as sent: by default Next hands it a query re-encoded from a lenient parse, where
  // %ff has become U+FFFD and %zz %25zz.
  skipProxyUrlNormalize: true,
  // The proxy buffers a request's body for the route up to this size (10 MB by default): room
  // for a source file at its 20 MB limit and the form around it. Each route reads no more than
  // its own limit (lib/server/api/read-body-bytes.ts).
  experimental: { proxyClientMaxBodySize: "21mb" },
  async headers() {
    return [
      {
        // Every response, static files included. The Content-Security-Policy (a nonce per
        // request) and HSTS (only over HTTPS) depend on the request: proxy.ts sets them.
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
