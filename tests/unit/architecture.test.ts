import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : files(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

/** Static imports and re-exports (`from "x"`), side-effect imports (`import "x"`) and dynamic ones (`import("x")`). */
const importsOf = (file: string) => [...fs.readFileSync(file, "utf8").matchAll(/(?:from\s+|import\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]!);

describe("layering (STYLE.md)", () => {
  it("keeps lib/ outside lib/server free of React, Next and Prisma", () => {
    const offenders = files("lib")
      .filter((f) => !f.startsWith(path.join("lib", "server")))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => /^(react|react-dom|next|@prisma|prisma)(\/|$)|\/server\//.test(i))
          .map((i) => `${f}: ${i}`),
      );
    expect(offenders).toEqual([]);
  });

  it("keeps Prisma out of app/ and components/", () => {
    const offenders = ["app", "components"].flatMap(files).flatMap((f) =>
      importsOf(f)
        .filter((i) => /@prisma|generated\/prisma|lib\/server\/db$/.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps components/ off the server layer: a component gets its data from a page or the API", () => {
    const offenders = files("components").flatMap((f) =>
      importsOf(f)
        .filter((i) => /(^|\/)lib\/server(\/|$)|^server-only$/.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it("sees every kind of import it guards against (the checks above would pass on a blind reader)", () => {
    const sample = path.join("tests", ".tmp", "architecture-sample.ts");
    fs.mkdirSync(path.dirname(sample), { recursive: true });
    fs.writeFileSync(sample, 'import type { A } from "@/lib/server/db";\nimport "server-only";\nconst m = await import("react");\nexport { b } from "../x";\n');
    expect(importsOf(sample)).toEqual(["@/lib/server/db", "server-only", "react", "../x"]);
  });
});
