import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, NONCE_HEADER } from "@/lib/http/content-security-policy";
import { createReplayCache } from "@/lib/server/replay-cache/replay-cache";

// The replay cache in front of a stand-in for Next: it renders a page that carries the
// request's nonce on its scripts (compressing it when asked, as Next does) and counts renders.
let version = 1;
let renders = 0;
let base = "";
const replays = createReplayCache({ readVersion: async () => version, sessionCookie: "gulf_session" });

function app(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const nonce = String(req.headers[NONCE_HEADER]);
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === "/api/frameworks") {
    const etag = `"frameworks@${version}"`;
    res.setHeader("etag", etag);
    res.setHeader("content-security-policy", contentSecurityPolicy(nonce, { development: false }));
    if (req.headers["if-none-match"] === etag) {
      res.statusCode = 304;
      return res.end();
    }
    res.setHeader("content-type", "application/json");
    return res.end(JSON.stringify({ version, frameworks: Array.from({ length: 200 }, (_, i) => ({ slug: `f${i}` })) }));
  }
  if (url.pathname === "/frameworks/gone") {
    res.statusCode = 404;
    return res.end("not found");
  }
  const html = `<!doctype html><html><body><h1>${url.pathname} v${version}</h1>${"<p>filler</p>".repeat(200)}<script nonce="${nonce}">self.x=1</script><script nonce="${nonce}" src="/a.js"></script></body></html>`;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-security-policy", contentSecurityPolicy(nonce, { development: false }));
  res.setHeader("vary", "rsc, Accept-Encoding");
  if (String(req.headers["accept-encoding"]).includes("gzip")) {
    res.setHeader("content-encoding", "gzip");
    // Next streams: two writes, then the end.
    const body = zlib.gzipSync(html);
    res.write(body.subarray(0, 100));
    res.write(body.subarray(100));
    return res.end();
  }
  res.end(html);
}

const server = http.createServer((req, res) => {
  const nonce = newNonce();
  req.headers[NONCE_HEADER] = nonce;
  void replays(req, res, nonce, () => app(req, res));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  version++;
  renders = 0;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("the replay cache", () => {
  it("replays a public page with a fresh nonce in its body and header, and the same page otherwise", async () => {
    const first = await get("/compare?preset=equal");
    const firstBody = await first.text();
    const again = await get("/compare?preset=equal");
    const againBody = await again.text();
    expect(renders).toBe(1);
    expect(again.headers.get("x-replay")).toBe("hit");
    const [n1, n2] = [nonceOf(first.headers.get("content-security-policy")), nonceOf(again.headers.get("content-security-policy"))];
    expect(n1).toBeTruthy();
    expect(n2).toBeTruthy();
    expect(n2).not.toBe(n1);
    expect(againBody).toContain(`<script nonce="${n2}">`);
    expect(againBody).not.toContain(n1!);
    expect(againBody.replaceAll(n2!, "N")).toBe(firstBody.replaceAll(n1!, "N"));
    expect(again.headers.get("vary")).toBe("rsc, Accept-Encoding");
  });

  it("renders again once the data version moves", async () => {
    await (await get("/")).text();
    expect(await (await get("/")).text()).toContain(`v${version}`);
    version++;
    const after = await get("/");
    expect(after.headers.get("x-replay")).toBeNull();
    expect(await after.text()).toContain(`v${version}`);
    expect(renders).toBe(2);
  });

  it.each([
    ["a signed-in visitor", "/compare", { cookie: "theme=dark; gulf_session=abc" }],
    ["a client-router fetch", "/compare", { rsc: "1" }],
    ["a client-router fetch by query", "/compare?_rsc=x1", {}],
    ["a page that is not public", "/import", {}],
    ["the history API, whose answer depends on the session", "/api/history", {}],
  ])("never replays for %s", async (_what, path, headers) => {
    await (await get(path, headers)).text();
    const second = await get(path, headers);
    await second.text();
    expect(second.headers.get("x-replay")).toBeNull();
    expect(renders).toBe(2);
  });

  it("keeps only successful responses", async () => {
    await (await get("/frameworks/gone")).text();
    expect((await get("/frameworks/gone")).status).toBe(404);
    expect(renders).toBe(2);
  });

  it("keeps a JSON read compressed once, and answers its ETag with a 304", async () => {
    const plain = await (await get("/api/frameworks", { "accept-encoding": "identity" })).text();
    const br = await get("/api/frameworks", { "accept-encoding": "gzip, br" });
    expect(br.headers.get("x-replay")).toBe("hit");
    expect(await br.text()).toBe(plain);
    const raw = await new Promise<{ encoding?: string; length: number }>((resolve) =>
      http.get(`${base}/api/frameworks`, { headers: { "accept-encoding": "br" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], length: Buffer.concat(chunks).length }));
      }),
    );
    expect(raw.encoding).toBe("br");
    expect(raw.length).toBeLessThan(plain.length / 4);
    const etag = br.headers.get("etag")!;
    const notModified = await get("/api/frameworks", { "if-none-match": etag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("x-replay")).toBe("hit");
    expect(renders).toBe(1);
  });

  it("makes a response once for many who ask at the same time", async () => {
    const bodies = await Promise.all(Array.from({ length: 12 }, () => get("/inclusiveness").then((r) => r.text())));
    expect(renders).toBe(1);
    expect(new Set(bodies.map((b) => b.replace(/nonce="[^"]+"/g, ""))).size).toBe(1);
  });
});
