import "server-only";
import { randomBytes } from "node:crypto";
import { sealData, unsealData } from "iron-session";
import { z } from "zod";
import { userRoleSchema } from "../../domain/user";
import { decodeURIComponentOrNull } from "../../http/decode-uri-component-or-null";
import { sessionSecret } from "./session-secret";

export const SESSION_COOKIE = "gulf_session";
const TTL_SECONDS = 8 * 60 * 60;

const sessionSchema = z.object({ userId: z.number().int(), email: z.string(), role: userRoleSchema, csrf: z.string().min(16) });
export type Session = z.infer<typeof sessionSchema>;

function cookieValue(request: Request, name: string): string | null {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponentOrNull(v.join("="));
  }
  return null;
}

/** The signed-in session of a request (sealed, encrypted cookie by iron-session), or null. */
export async function readSession(request: Request): Promise<Session | null> {
  return unsealSession(cookieValue(request, SESSION_COOKIE));
}

/** A sealed session cookie's contents, or null when absent, expired or tampered with. */
export async function unsealSession(sealed: string | null | undefined): Promise<Session | null> {
  if (!sealed) return null;
  try {
    const parsed = sessionSchema.safeParse(await unsealData(sealed, { password: sessionSecret(), ttl: TTL_SECONDS }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Secure unless COOKIE_SECURE=false (browsers accept Secure cookies on http://localhost). */
const secure = () => process.env.COOKIE_SECURE !== "false";

export async function sessionCookie(user: { id: number; email: string; role: Session["role"] }): Promise<{ header: string; session: Session }> {
  const session: Session = { userId: user.id, email: user.email, role: user.role, csrf: randomBytes(24).toString("base64url") };
  const sealed = await sealData(session, { password: sessionSecret(), ttl: TTL_SECONDS });
  const attributes = [`${SESSION_COOKIE}=${encodeURIComponent(sealed)}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${TTL_SECONDS}`];
  if (secure()) attributes.push("Secure");
  return { header: attributes.join("; "), session };
}

export const clearedSessionCookie = () => `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure() ? "; Secure" : ""}`;
