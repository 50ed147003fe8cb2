// Creates an account: npm run user:create -- --email you@example.org --name "Your Name" --role admin
// The password comes from the PASSWORD environment variable (at least 12 characters), so it
// never lands in the shell history.
import { parseArgs } from "node:util";
import { issuesToText, formatIssues } from "../lib/domain/format-issues";
import { newUserSchema } from "../lib/domain/user";
import { createDb } from "../lib/server/db";
import { createUser } from "../lib/server/users/create-user";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "editor" } } });
  const input = { email: values.email, name: values.name ?? values.email, role: values.role, password: process.env.PASSWORD };
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    console.error(
      `Cannot create the account:\n${issuesToText(formatIssues(parsed.error.issues))}\nUsage: PASSWORD=... npm run user:create -- --email you@example.org --name "Your Name" --role admin|editor|reader`,
    );
    process.exit(1);
  }
  const db = createDb();
  try {
    const user = await createUser(parsed.data, db);
    console.log(`Created ${user.role} ${user.email}.`);
  } catch (error) {
    console.error(`Cannot create the account: ${(error as Error).message.includes("Unique") ? "that e-mail is already in use" : (error as Error).message}`);
    process.exit(1);
  } finally {
    await db.$disconnect();
  }
}

void main();
