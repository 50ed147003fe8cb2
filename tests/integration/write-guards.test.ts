/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionHeaders, TEST_PASSWORD, uploadSessionHeaders } from "../support/session-headers";
import { writeEndpoints, type Endpoint } from "../support/write-endpoints";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { createUser } from "@/lib/server/users/create-user";
import * as importRoute from "@/app/api/import/route";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await seedDatabase(db, seed, loadPresetsFile(seed));
  await createUser({ email: "guard-editor@example.org", name: "E", role: "editor", password: TEST_PASSWORD }, db);
  await createUser({ email: "guard-reader@example.org", name: "R", role: "reader", password: TEST_PASSWORD }, db);
  await createUser({ email: "guard-admin@example.org", name: "A", role: "admin", password: TEST_PASSWORD }, db);
  // One recorded change, so the revert endpoint has something it could undo.
  await db.auditEntry.create({
    data: { actor: "x", action: "update", entity: "actor", entityKey: "iq", field: "name", before: "Iraq", after: "Republic of Iraq", reason: "setup" },
  });
});
afterAll(() => db.$disconnect());

const everything = async () => ({
  data: await readDataset(db),
  audit: await db.auditEntry.count(),
  scenarios: await db.scenario.findMany({ orderBy: { id: "asc" } }),
});
const call = (e: Endpoint, headers: Record<string, string>) =>
  e.handler(new Request(`http://test${e.route}`, { method: e.method, body: JSON.stringify(e.body), headers }), {
    params: Promise.resolve(e.params) as Promise<never>,
  });

describe("every write endpoint", () => {
  it("is in this list: a new write route must join it (sign-in and sign-out, /api/analyze, /api/ahp, /api/robustness and the catch-all 404 are not data writes)", () => {
    const modules = import.meta.glob("/app/api/**/route.ts", { eager: true }) as Record<string, Record<string, unknown>>;
    const found = Object.entries(modules).flatMap(([file, exports]) =>
      ["POST", "PUT", "PATCH", "DELETE"]
        .filter((method) => typeof exports[method] === "function")
        .map((method) => `${method} ${file.replace(/^\/app/, "").replace(/\/route\.ts$/, "")}`),
    );
    const notDataWrites = [
      // The engine's public computations, like /api/analyze: they change no data.
      "POST /api/ahp",
      "POST /api/robustness",
      "POST /api/session",
      "DELETE /api/session",
      "POST /api/analyze",
      // A participant's answer: the token in the link is the credential, not a session (tests/integration/panels-api.test.ts).
      "PUT /api/panels/[slug]/responses/[token]",
      ...["POST", "PUT", "PATCH", "DELETE"].map((m) => `${m} /api/[...path]`),
    ];
    // Multipart uploads, guarded the same way: tests/integration/sources-api.test.ts and the import test below.
    const uploads = ["POST /api/import", "POST /api/sources", "POST /api/sources/[slug]/revisions"];
    const listed = [...writeEndpoints.map((e) => `${e.method} ${e.route}`), ...uploads, ...notDataWrites];
    expect(found.sort()).toEqual([...new Set(listed)].sort());
  });

  it.each(writeEndpoints)("$method $route: 401 without a session, 403 for a reader, 403 without the CSRF token; nothing changes", async (e) => {
    const before = await everything();
    expect((await call(e, {})).status).toBe(401);
    expect((await call(e, await sessionHeaders("guard-reader@example.org"))).status).toBe(403);
    const { cookie } = await sessionHeaders("guard-editor@example.org");
    expect((await call(e, { cookie })).status).toBe(403);
    expect((await call(e, { cookie, "x-csrf-token": "forged" })).status).toBe(403);
    expect(await everything()).toEqual(before);
  });

  it.each(writeEndpoints)(
    "$method $route: 403 from another site or without an Origin, 415 unless the body is JSON, even with the token; nothing changes",
    async (e) => {
      const before = await everything();
      const { origin: _origin, ...editor } = await sessionHeaders("guard-editor@example.org");
      expect((await call(e, { ...editor, origin: "https://evil.example" })).status).toBe(403);
      expect((await call(e, editor)).status).toBe(403);
      expect((await call(e, { ...editor, origin: "http://test", "content-type": "text/plain" })).status).toBe(415);
      expect(await everything()).toEqual(before);
    },
  );

  it.each(writeEndpoints)("$method $route: the same request from an admin with the token gets past the guard (the control)", async (e) => {
    const status = (await call(e, await sessionHeaders("guard-admin@example.org"))).status;
    expect([401, 403]).not.toContain(status);
    expect(status).toBeLessThan(500);
  });

  it("POST /api/import (apply): 401, 403 and 403 likewise; nothing changes", async () => {
    const before = await everything();
    const changed = structuredClone(seed);
    changed.frameworks[0]!.name = "Changed by an unguarded import";
    const upload = (headers: Record<string, string>) => {
      const form = new FormData();
      form.set("file", new File([JSON.stringify({ schemaVersion: 1, dataset: changed })], "changed.json"));
      form.set("mode", "apply");
      form.set("reason", "guard");
      return importRoute.POST(new Request("http://test/api/import", { method: "POST", body: form, headers }));
    };
    expect((await upload({})).status).toBe(401);
    expect((await upload(await uploadSessionHeaders("guard-reader@example.org"))).status).toBe(403);
    expect((await upload({ cookie: (await sessionHeaders("guard-editor@example.org")).cookie })).status).toBe(403);
    expect((await upload({ cookie: (await sessionHeaders("guard-editor@example.org")).cookie, "x-csrf-token": "forged" })).status).toBe(403);
    const { "content-type": _json, ...editor } = await sessionHeaders("guard-editor@example.org");
    expect((await upload({ ...editor, origin: "https://evil.example" })).status).toBe(403);
    expect(await everything()).toEqual(before);
  });
});
