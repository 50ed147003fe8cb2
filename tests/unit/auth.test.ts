import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, PRODUCTION_COST, verifyPassword } from "@/lib/auth/password";
import { afterHit, retryAfterMs } from "@/lib/auth/rate-limit-policy";
import { clientAddress, clientKey, parseTrustedProxies } from "@/lib/http/client-address";

describe("passwords", () => {
  it("hashes with scrypt and a salt, and verifies only the right password", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery staple", a)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", a)).toBe(false);
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
  });

  it("verifies a hash at the production cost by the cost it names (accounts outside the tests use N=2^15)", async () => {
    const salt = randomBytes(16);
    const key = scryptSync("correct horse battery staple", salt, 32, { N: PRODUCTION_COST, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const stored = ["scrypt", PRODUCTION_COST, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
    expect(PRODUCTION_COST).toBe(32768);
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  });
});

describe("rate-limit policies", () => {
  const budget = { kind: "budget", max: 3, windowMs: 1000 } as const;
  const backoff = { kind: "backoff", free: 2, windowMs: 10_000, baseDelayMs: 100, maxDelayMs: 350 } as const;

  it("a budget allows max events per window, then waits for the window's end", () => {
    let state = null as ReturnType<typeof afterHit> | null;
    for (const now of [0, 100, 200]) {
      expect(retryAfterMs(state, now)).toBe(0);
      state = afterHit(state, budget, now);
    }
    expect(retryAfterMs(state, 600)).toBe(400);
    expect(retryAfterMs(state, 1000)).toBe(0);
    expect(afterHit(state, budget, 1000)).toEqual({ count: 1, windowStart: 1000, blockedUntil: null });
  });

  it("backoff lets the free failures pass, then doubles the wait up to its cap", () => {
    let state = null as ReturnType<typeof afterHit> | null;
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      state = afterHit(state, backoff, 5000);
      waits.push(retryAfterMs(state, 5000));
    }
    expect(waits).toEqual([0, 0, 100, 200, 350, 350]);
  });
});

describe("client address", () => {
  const { list: trusted } = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, ::1");

  it("is the connection's peer when it is not a trusted proxy, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", trusted)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", undefined, trusted)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "1.2.3.4", trusted)).toBe("unknown");
  });

  it("reads X-Forwarded-For from the right through trusted proxies only", () => {
    // The client wrote "6.6.6.6" itself; our proxies at 10.x appended the address they saw.
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2", trusted)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", ["6.6.6.6", "10.0.0.3"], trusted)).toBe("6.6.6.6");
    expect(clientAddress("127.0.0.1", "not-an-address", trusted)).toBe("127.0.0.1");
    expect(clientAddress("::1", "2001:db8::1", trusted)).toBe("2001:db8::1");
  });

  it("refuses a malformed trusted-proxy list entry instead of ignoring it", () => {
    expect(parseTrustedProxies("10.0.0.0/33, proxy.local, 10.1.2.3").invalid).toEqual(["10.0.0.0/33", "proxy.local"]);
  });

  it("keys IPv6 clients on their /64, IPv4 clients on their address", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("198.51.100.7")).toBe("198.51.100.7");
  });
});
