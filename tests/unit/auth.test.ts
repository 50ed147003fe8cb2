import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createRateLimiter } from "@/lib/auth/rate-limiter";

describe("passwords", () => {
  it("hashes with scrypt and a salt, and verifies only the right password", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery staple", a)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", a)).toBe(false);
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
  });
});

describe("rate limiter", () => {
  it("blocks a key after max failures until its window ends, and resets on success", () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 3, windowMs: 1000, now: () => now });
    for (let i = 0; i < 3; i++) limiter.fail("k");
    expect(limiter.retryAfterMs("k")).toBe(1000);
    expect(limiter.retryAfterMs("other")).toBe(0);
    now = 600;
    expect(limiter.retryAfterMs("k")).toBe(400);
    now = 1000;
    expect(limiter.retryAfterMs("k")).toBe(0);
    limiter.fail("k");
    limiter.reset("k");
    expect(limiter.retryAfterMs("k")).toBe(0);
  });
});
