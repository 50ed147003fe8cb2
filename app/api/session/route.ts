import { SIGN_IN_ACCOUNT_CLIENT, SIGN_IN_CLIENT } from "@/lib/auth/rate-limits";
import { credentialsSchema } from "@/lib/domain/user";
import { clientOf } from "@/lib/server/api/client-of";
import { jsonError } from "@/lib/server/api/json-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { crossOriginProblem } from "@/lib/server/api/same-origin";
import { tooManyRequests } from "@/lib/server/api/too-many-requests";
import { clearedSessionCookie, endSession, readSession, startSession } from "@/lib/server/auth/session";
import { authenticate } from "@/lib/server/users/authenticate";
import { clearLimit, refundHit, spendBudget } from "@/lib/server/rate-limits/rate-limit-store";

/** Who is signed in, and the CSRF token their writes must send. */
export async function GET(request: Request) {
  const session = await readSession(request);
  return Response.json(session ? { user: { email: session.email, name: session.name, role: session.role }, csrf: session.csrf } : { user: null }, {
    headers: { "cache-control": "no-store" },
  });
}

/**
 * Sign in: { email, password } as JSON from this site's own pages (a cross-site form cannot
 * sign a visitor into the attacker's account). Wrong passwords slow down the account from that
 * client and the client across accounts; they never lock the account for anyone else.
 */
export async function POST(request: Request) {
  const crossOrigin = crossOriginProblem(request);
  if (crossOrigin) return jsonError(403, crossOrigin);
  const body = await readJsonBody(request, credentialsSchema, 10_000);
  if (!body.ok) return body.response;
  const client = clientOf(request);
  const pairKey = `sign-in:${body.data.email}|${client}`;
  const clientKey = `sign-in-client:${client}`;
  // Every attempt is counted before its password is checked: counted after, a burst of guesses
  // sent at once would all pass the check before the first failure was recorded.
  const wait = (await spendBudget(pairKey, SIGN_IN_ACCOUNT_CLIENT)) || (await spendBudget(clientKey, SIGN_IN_CLIENT));
  if (wait > 0) return tooManyRequests(`too many failed sign-ins: try again in ${Math.ceil(wait / 1000)} s`, wait);
  const user = await authenticate(body.data.email, body.data.password);
  if (!user) return jsonError(401, "wrong e-mail or password");
  // Only failures count against the account and the client.
  await clearLimit(pairKey);
  await refundHit(clientKey);
  const { header, session } = await startSession(user);
  return Response.json(
    { user: { email: user.email, name: user.name, role: user.role }, csrf: session.csrf },
    { headers: { "set-cookie": header, "cache-control": "no-store" } },
  );
}

/** Sign out: the session ends on the server, so a copy of its cookie no longer works either. */
export async function DELETE(request: Request) {
  const crossOrigin = crossOriginProblem(request);
  if (crossOrigin) return jsonError(403, crossOrigin);
  const session = await readSession(request);
  if (session) await endSession(session.id);
  return Response.json({ user: null }, { headers: { "set-cookie": clearedSessionCookie(), "cache-control": "no-store" } });
}
