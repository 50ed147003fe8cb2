import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { createUser } from "@/lib/server/users/create-user";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { writeEndpoints } from "../support/write-endpoints";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  await createUser({ email: "fuzz@example.org", name: "F", role: "admin", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

/** The paths of every string in a body. */
function textPaths(node: unknown, path: string[] = []): string[][] {
  if (typeof node === "string") return [path];
  if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => textPaths(v, [...path, k]));
  return [];
}

describe("write endpoints under random bodies", () => {
  it.each(writeEndpoints)("$method $route never answers with a 500", async ({ method, handler, params }) => {
    const headers = await sessionHeaders("fuzz@example.org");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(fc.constantFrom("version", "reason", "name", "role", "title", "scale", "citations", "value", "kind"), fc.jsonValue()),
        ),
        async (body) => {
          const response = await handler(new Request("http://test/x", { method, body: JSON.stringify(body), headers }), {
            params: Promise.resolve(params) as Promise<never>,
          });
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(writeEndpoints.filter((e) => textPaths(e.body).length > 0))(
    "$method $route refuses an unpaired surrogate in any text field with a 400 naming it",
    async ({ method, handler, params, body }) => {
      const headers = await sessionHeaders("fuzz@example.org");
      const paths = textPaths(body);
      for (const path of paths) {
        const broken = structuredClone(body) as Record<string, unknown>;
        let node: Record<string, unknown> = broken;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        node[path.at(-1)!] = `text \ud800 with half a character`;
        const response = await handler(new Request("http://test/x", { method, body: JSON.stringify(broken), headers }), {
          params: Promise.resolve(params) as Promise<never>,
        });
        expect(response.status, path.join(".")).toBe(400);
        expect(JSON.stringify(await response.json())).toMatch(/surrogate/);
      }
    },
  );
});
