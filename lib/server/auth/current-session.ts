import "server-only";
import { cookies } from "next/headers";
import { SESSION_COOKIE, sessionOfToken, type Session } from "./session";

/** The session of the request a server component renders, or null. */
export async function currentSession(): Promise<Session | null> {
  return sessionOfToken((await cookies()).get(SESSION_COOKIE)?.value);
}

/** Whether a session may change the data: an editor's or an admin's. */
export const isWriter = (session: Session | null) => session?.role === "editor" || session?.role === "admin";

/** Whether the request's session may change the data. */
export async function mayWrite(): Promise<boolean> {
  return isWriter(await currentSession());
}
