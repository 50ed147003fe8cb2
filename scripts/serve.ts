// The app's HTTP server: Next's request handler behind a Node server of our own, because only
// the server sees the connection. It decides each request's client address (the peer, or what
// a trusted proxy forwarded) and writes it over any header of that name the client sent, bounds
// how long a request may take to arrive, and serves on PORT (default 3000).
//   npm start                     production (after `next build`)
//   tsx scripts/serve.ts --dev    development
import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies } from "../lib/http/client-address";
import { NONCE_HEADER, newNonce } from "../lib/http/content-security-policy";
import { SESSION_COOKIE } from "../lib/server/auth/session";
import { readDataVersion } from "../lib/server/data-version";
import { createDb } from "../lib/server/db";
import { createReplayCache } from "../lib/server/replay-cache/replay-cache";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
// Unset HOST listens on every interface, IPv6 and IPv4 alike.
const host = process.env.HOST || undefined;

const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
if (trusted.invalid.length) {
  console.error(`TRUSTED_PROXIES has entries that are neither an address nor a CIDR range: ${trusted.invalid.join(", ")}`);
  process.exit(1);
}

async function main() {
  const app = next({ dev, hostname: host ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Public pages and reads replay from memory until the data changes (not in development, where the code does).
  const db = dev ? null : createDb();
  const replays = db ? createReplayCache({ readVersion: () => readDataVersion(db), sessionCookie: SESSION_COOKIE }) : null;
  const server = http.createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted.list);
    const nonce = newNonce();
    req.headers[NONCE_HEADER] = nonce;
    const render = () => void handle(req, res);
    if (!replays) return render();
    replays(req, res, nonce, render).catch((error) => {
      console.error("replay cache:", error);
      if (!res.headersSent) render();
    });
  });
  // A client that trickles its headers or body in holds a socket: cap both (an import of 10 MB
  // arrives well within the request limit on any real link).
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.listen(port, host, () => console.log(`Ready on http://${host ?? "localhost"}:${port}${dev ? " (development)" : ""}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
