import { verifyPassword } from "../../auth/password";
import { userRoleSchema } from "../../domain/user";
import { getDb, type Db } from "../db";

/** A stored hash to compare against when the e-mail is unknown, so timing does not reveal accounts. */
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export async function authenticate(email: string, password: string, db: Db = getDb()) {
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid) return null;
  return { id: user.id, email: user.email, name: user.name, role: userRoleSchema.parse(user.role) };
}
