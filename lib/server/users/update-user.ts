import { hashPassword } from "../../auth/password";
import type { UserRole } from "../../domain/user";
import { getDb, type Db } from "../db";

/**
 * Changes an account's role or password and ends every session it has, in one transaction:
 * a demoted editor or a replaced password signs nobody in a moment longer.
 */
export async function updateUser(email: string, change: { role?: UserRole; password?: string }, db: Db = getDb()) {
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) return null;
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: change.role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    const ended = await tx.session.deleteMany({ where: { userId: user.id } });
    return { ...updated, endedSessions: ended.count };
  });
}
