import { hashPassword } from "../../auth/password";
import type { NewUser } from "../../domain/user";
import { getDb, type Db } from "../db";

/** Creates an account with its password hashed (scrypt); an e-mail already in use is refused by the database. */
export async function createUser(user: NewUser, db: Db = getDb()) {
  const created = await db.user.create({
    data: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) },
    select: { id: true, email: true, name: true, role: true },
  });
  return created;
}
