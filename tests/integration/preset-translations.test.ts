import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendToRoute } from "../support/send-to-route";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import type { Scenario } from "@/lib/domain/scenario";
import { TRANSLATED_LOCALES } from "@/lib/domain/translations";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { loadPresetsFile } from "@/lib/server/dataset/load-presets-file";
import { seedDatabase } from "@/lib/server/dataset/seed-database";
import { listPresets } from "@/lib/server/scenarios/list-presets";
import { writePresets } from "@/lib/server/scenarios/write-presets";
import { createUser } from "@/lib/server/users/create-user";
import * as scenariosRoute from "@/app/api/scenarios/route";
import * as scenarioRoute from "@/app/api/scenarios/[slug]/route";
import * as duplicateRoute from "@/app/api/scenarios/[slug]/duplicate/route";

// The database is built by the committed migrations (tests/setup/integration-global-setup.ts),
// on SQLite here and on PostgreSQL in the integration-pg project.
const db = getDb();
const seed = loadDatasetFile();
const presets = loadPresetsFile(seed);
beforeAll(async () => {
  await seedDatabase(db, seed, presets);
  await createUser({ email: "admin@presets.example.org", name: "A", role: "admin", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const presetsOfApi = async (): Promise<Scenario[]> =>
  ((await (await scenariosRoute.GET(new Request("http://test/api/scenarios"))).json()).scenarios as Scenario[]).filter((s) => s.preset);

describe("the stakeholder presets in every interface language", () => {
  it("are seeded with their titles and rationales in Arabic, Persian and Russian, each value function's rationale too", async () => {
    const rows = await db.scenario.findMany({ where: { preset: true }, orderBy: { position: "asc" } });
    expect(rows.map((r) => r.slug)).toEqual(presets.map((p) => p.slug));
    for (const row of rows) {
      const translations = row.translations as Record<string, { title: string; rationale: string; valueFunctionRationales?: Record<string, string> }>;
      expect(Object.keys(translations).sort(), row.slug).toEqual([...TRANSLATED_LOCALES].sort());
      for (const locale of TRANSLATED_LOCALES) {
        expect(translations[locale]!.title, `${row.slug} ${locale}`).toBeTruthy();
        expect(translations[locale]!.rationale, `${row.slug} ${locale}`).toBeTruthy();
        expect(Object.keys(translations[locale]!.valueFunctionRationales ?? {}).sort()).toEqual(Object.keys(row.valueFunctions ?? {}).sort());
      }
    }
    expect((await listPresets(db)).map((p) => p.translations)).toEqual(presets.map((p) => p.translations));
  });

  it("are in the read API with each preset, beside the English (saved scenarios have none)", async () => {
    const api = await presetsOfApi();
    const deterrence = api.find((s) => s.slug === "us-gulf-deterrence")!;
    expect(deterrence.title).toBe("US–Gulf deterrence");
    expect(deterrence.translations?.ar?.title).toBe("الردع الأمريكي الخليجي");
    expect(deterrence.translations?.fa?.valueFunctionRationales?.["bloc-character"]).toContain("بلوک");
    expect(api.every((s) => s.translations?.ru?.title)).toBe(true);
  });

  it("survive an admin's change of a preset and are not copied with a duplicate's new title", async () => {
    const admin = await sessionHeaders("admin@presets.example.org");
    const mediator = (await presetsOfApi()).find((s) => s.slug === "european-mediator")!;
    const { slug: _s, author: _a, preset: _p, version, translations, compare: _c, ...fields } = mediator as Scenario & { compare: string };
    const put = await sendToRoute(
      scenarioRoute.PUT,
      "PUT",
      { slug: "european-mediator" },
      { ...fields, rationale: `${fields.rationale} Revised.`, version },
      admin,
    );
    expect(put.status).toBe(200);
    expect(put.body.translations).toEqual(translations);
    const copy = await sendToRoute(duplicateRoute.POST, "POST", { slug: "european-mediator" }, {}, admin);
    expect(copy.status).toBe(201);
    expect(copy.body.translations).toBeUndefined();
  });

  it("are none once a seed gives none: the column holds NULL and the pages show the English", async () => {
    await writePresets(
      db,
      presets.map(({ translations: _t, ...p }) => p),
    );
    expect(new Set((await db.scenario.findMany({ where: { preset: true } })).map((r) => r.translations))).toEqual(new Set([null]));
    expect((await listPresets(db)).some((p) => p.translations)).toBe(false);
    await writePresets(db, presets);
    expect((await listPresets(db)).every((p) => p.translations?.fa?.title)).toBe(true);
  });
});
