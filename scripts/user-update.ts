// Changes an account and signs it out everywhere:
//   npm run user:update -- --email you@example.org --role reader
//   PASSWORD='a new passphrase' npm run user:update -- --email you@example.org --password
import { parseArgs } from "node:util";
import { z } from "zod";
import { issuesToText, formatIssues } from "../lib/domain/format-issues";
import { emailSchema, passwordSchema, userRoleSchema } from "../lib/domain/user";
import { createDb } from "../lib/server/db";
import { updateUser } from "../lib/server/users/update-user";

const changeSchema = z
  .object({ email: emailSchema, role: userRoleSchema.optional(), password: passwordSchema.optional() })
  .refine((c) => c.role !== undefined || c.password !== undefined, { message: "name a --role or give --password (with PASSWORD set)", path: ["role"] });

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, password: { type: "boolean", default: false } } });
  const parsed = changeSchema.safeParse({ email: values.email, role: values.role, password: values.password ? process.env.PASSWORD : undefined });
  if (!parsed.success) {
    console.error(
      `Cannot change the account:\n${issuesToText(formatIssues(parsed.error.issues))}\nUsage: npm run user:update -- --email you@example.org [--role admin|editor|reader] [--password, with PASSWORD=...]`,
    );
    process.exit(1);
  }
  const db = createDb();
  try {
    const user = await updateUser(parsed.data.email, { role: parsed.data.role, password: parsed.data.password }, db);
    if (!user) {
      console.error(`No account has the e-mail ${parsed.data.email}.`);
      process.exit(1);
    }
    console.log(`Changed ${user.email} (now ${user.role}); ended ${user.endedSessions} session(s).`);
  } finally {
    await db.$disconnect();
  }
}

void main();
