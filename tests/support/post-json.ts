import { expect } from "vitest";

/**
 * A POST helper for a public route handler: each call comes from a client address of its own
 * (in `subnet`, e.g. "198.18") unless one is named, so the rate limit stays out of the way.
 */
export function jsonPoster(handler: (request: Request) => Promise<Response>, path: string, subnet: string) {
  let clients = 0;
  return (body: unknown, client = `${subnet}.${Math.floor(++clients / 250)}.${clients % 250}`) =>
    handler(
      new Request(`http://test${path}`, {
        method: "POST",
        body: typeof body === "string" ? body : JSON.stringify(body),
        headers: { "content-type": "application/json", "x-client-address": client },
      }),
    );
}

/**
 * Checks a per-client budget of `max` requests: all pass, the next is a 429 with Retry-After,
 * and another client still gets through. Two client addresses of `subnet` are used up.
 */
export async function expectRateLimited(post: (body: unknown, client?: string) => Promise<Response>, max: number, body: unknown, subnet: string) {
  for (let i = 0; i < max; i++) expect((await post(body, `${subnet}.1`)).status).toBe(200);
  const refused = await post(body, `${subnet}.1`);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  expect((await post(body, `${subnet}.2`)).status).toBe(200);
}
