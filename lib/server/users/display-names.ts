import type { Db } from "../db";

/** How readers see who did something: an editor's name for their e-mail, "a former editor" for an account gone, other actors (a panel's participant) as they are. */
export async function displayNames(db: Db, actors: readonly string[]): Promise<Map<string, string>> {
  const emails = [...new Set(actors)].filter((a) => a.includes("@"));
  const users = emails.length ? await db.user.findMany({ where: { email: { in: emails } }, select: { email: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.email, u.name]));
  return new Map(actors.map((a) => [a, names.get(a) ?? (a.includes("@") ? "a former editor" : a)]));
}
