// Builds the app before `npm start` when there is no build yet or a source file is newer
// than it, so a fresh clone needs only `npm install && npm start`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const buildId = path.join(".next", "BUILD_ID");
const watched = ["app", "components", "lib", "public", "next.config.js", "package.json", "tsconfig.json"];

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (entry.endsWith("generated")) return 0;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const changed = Math.max(...watched.map(newestMtime));
if (changed > built) {
  console.log(built ? "Sources changed since the last build: rebuilding." : "No build yet: building the app.");
  execFileSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit" });
}
