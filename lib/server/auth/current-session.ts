import "server-only";
import { cookies } from "next/headers";
import { isWriter, SESSION_COOKIE, sessionOfToken, type Session } from "./session";

/** The session of the request a server component renders, or null. */
export async function currentSession(): Promise<Session | null> {
  return sessionOfToken((await cookies()).get(SESSION_COOKIE)?.value);
}

export { isWriter } from "./session";

/** Whether the request's session may change the data. */
export async function mayWrite(): Promise<boolean> {
  return isWriter(await currentSession());
}
