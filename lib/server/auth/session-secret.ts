import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SECRET_FILE = path.join("prisma", "data", ".session-secret");

/**
 * The key that seals session cookies: SESSION_SECRET (at least 32 characters) where set, as on
 * a shared deployment; otherwise a random one kept in prisma/data/.session-secret (gitignored),
 * made on first use, so a fresh clone needs no step.
 */
export function sessionSecret(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SESSION_SECRET?.trim();
  if (configured) {
    if (configured.length < 32) throw new Error("SESSION_SECRET must be at least 32 characters");
    return configured;
  }
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), SECRET_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}
