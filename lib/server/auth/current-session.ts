import { cookies } from "next/headers";
import { SESSION_COOKIE, unsealSession, type Session } from "./session";

/** The session of the request a server component renders, or null. */
export async function currentSession(): Promise<Session | null> {
  return unsealSession((await cookies()).get(SESSION_COOKIE)?.value);
}
