import { createRateLimiter } from "@/lib/auth/rate-limiter";
import { clientOf } from "@/lib/server/api/client-of";
import { credentialsSchema } from "@/lib/domain/user";
import { jsonError } from "@/lib/server/api/json-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { clearedSessionCookie, readSession, sessionCookie } from "@/lib/server/auth/session";
import { authenticate } from "@/lib/server/users/authenticate";

// Five failed sign-ins per e-mail or per client in fifteen minutes, then a pause.
const limiter = createRateLimiter({ max: 5, windowMs: 15 * 60 * 1000, now: () => Date.now() });


/** Who is signed in, and the CSRF token their writes must send. */
export async function GET(request: Request) {
  const session = await readSession(request);
  return Response.json(session ? { user: { email: session.email, role: session.role }, csrf: session.csrf } : { user: null }, { headers: { "cache-control": "no-store" } });
}

/** Sign in: { email, password }. */
export async function POST(request: Request) {
  const body = await readJsonBody(request, credentialsSchema, 10_000);
  if (!body.ok) return body.response;
  const keys = [`email:${body.data.email}`, `client:${clientOf(request)}`];
  const wait = Math.max(...keys.map((k) => limiter.retryAfterMs(k)));
  if (wait > 0) {
    const response = jsonError(429, "too many failed sign-ins: try again later");
    response.headers.set("retry-after", String(Math.ceil(wait / 1000)));
    return response;
  }
  const user = await authenticate(body.data.email, body.data.password);
  if (!user) {
    keys.forEach((k) => limiter.fail(k));
    return jsonError(401, "wrong e-mail or password");
  }
  keys.forEach((k) => limiter.reset(k));
  const { header, session } = await sessionCookie(user);
  return Response.json({ user: { email: user.email, name: user.name, role: user.role }, csrf: session.csrf }, { headers: { "set-cookie": header } });
}

/** Sign out. */
export async function DELETE() {
  return Response.json({ user: null }, { headers: { "set-cookie": clearedSessionCookie() } });
}
