import "server-only";
import { timingSafeEqual } from "node:crypto";
import { WRITER_ROLES } from "../../domain/user";
import { jsonError } from "../api/json-response";
import { crossOriginProblem } from "../api/same-origin";
import { readSession, type Session } from "./session";

const CSRF_HEADER = "x-csrf-token";

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The check every write runs on the server, before it reads its body: a session (else 401), a
 * writer's role (else 403), an Origin of this site, and the session's CSRF token in the
 * x-csrf-token header, which a cross-site form cannot send (else 403).
 */
export async function requireWriter(request: Request): Promise<{ ok: true; session: Session } | { ok: false; response: Response }> {
  const session = await readSession(request);
  if (!session) return { ok: false, response: jsonError(401, "sign in as an editor to change data") };
  if (!WRITER_ROLES.includes(session.role)) return { ok: false, response: jsonError(403, `a ${session.role} may read but not change data`) };
  const crossOrigin = crossOriginProblem(request);
  if (crossOrigin) return { ok: false, response: jsonError(403, crossOrigin) };
  const token = request.headers.get(CSRF_HEADER) ?? "";
  if (!sameToken(token, session.csrf)) return { ok: false, response: jsonError(403, `missing or wrong ${CSRF_HEADER} header`) };
  return { ok: true, session };
}
