import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { userRoleSchema, WRITER_ROLES, type UserRole } from "../../domain/user";
import { decodeURIComponentOrNull } from "../../http/decode-uri-component-or-null";
import { getDb, type Db } from "../db";

export const SESSION_COOKIE = "gulf_session";
const TTL_SECONDS = 8 * 60 * 60;

export type Session = {
  /** The stored key of the session: the SHA-256 of its cookie token. */
  id: string;
  userId: number;
  email: string;
  name: string;
  /** Read from the account on every request, so a demotion applies at once. */
  role: UserRole;
  csrf: string;
};

/** Whether a session may change the data: an editor's or an admin's. */
export const isWriter = (session: Session | null) => session !== null && WRITER_ROLES.includes(session.role);

const tokenKey = (token: string) => createHash("sha256").update(token).digest("hex");

/** A cookie's value from a Cookie header, or null (a malformed percent-encoding is no cookie). */
function cookieValue(cookieHeader: string | null, name: string): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponentOrNull(v.join("="));
  }
  return null;
}

/** The signed-in session of a request, or null. */
export async function readSession(request: Request, db: Db = getDb()): Promise<Session | null> {
  return sessionOfToken(cookieValue(request.headers.get("cookie"), SESSION_COOKIE), db);
}

/**
 * The live session a cookie token names, or null when absent, unknown, expired or ended. The
 * token is 32 random bytes: anything else is refused before the database is asked.
 */
export async function sessionOfToken(token: string | null | undefined, db: Db = getDb(), now = new Date()): Promise<Session | null> {
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await db.session.findUnique({ where: { id: tokenKey(token) }, include: { user: true } });
  if (!row || row.expiresAt <= now) return null;
  const role = userRoleSchema.safeParse(row.user.role);
  if (!role.success) return null;
  return { id: row.id, userId: row.userId, email: row.user.email, name: row.user.name, role: role.data, csrf: row.csrf };
}

/** Secure unless COOKIE_SECURE=false (browsers accept Secure cookies on http://localhost). */
const secure = () => process.env.COOKIE_SECURE !== "false";

/** Starts a session for a user: its row, and the Set-Cookie header that carries its token. */
export async function startSession(
  user: { id: number; email: string; name: string; role: UserRole },
  db: Db = getDb(),
  now = new Date(),
): Promise<{ header: string; session: Session }> {
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  const id = tokenKey(token);
  await db.$transaction([
    // Sessions that ran out are deleted as new ones start, so the table stays small.
    db.session.deleteMany({ where: { expiresAt: { lte: now } } }),
    db.session.create({ data: { id, userId: user.id, csrf, expiresAt: new Date(now.getTime() + TTL_SECONDS * 1000) } }),
  ]);
  const attributes = [`${SESSION_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${TTL_SECONDS}`];
  if (secure()) attributes.push("Secure");
  return { header: attributes.join("; "), session: { id, userId: user.id, email: user.email, name: user.name, role: user.role, csrf } };
}

/** Ends one session (sign-out): its cookie stops working at once, in every app process. */
export async function endSession(id: string, db: Db = getDb()): Promise<void> {
  await db.session.deleteMany({ where: { id } });
}

export const clearedSessionCookie = () => `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure() ? "; Secure" : ""}`;
