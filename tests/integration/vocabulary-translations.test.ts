import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendToRoute } from "../support/send-to-route";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { datasetSchema } from "@/lib/domain/dataset";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { writeDataset } from "@/lib/server/dataset/write-dataset";
import { createUser } from "@/lib/server/users/create-user";
import * as actorRoute from "@/app/api/actors/[slug]/route";
import * as criterionRoute from "@/app/api/criteria/[slug]/route";
import * as frameworkRoute from "@/app/api/frameworks/[slug]/route";
import * as revertRoute from "@/app/api/history/[id]/revert/route";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await writeDataset(db, seed);
  await createUser({ email: "translator@example.org", name: "T", role: "editor", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const send = sendToRoute;
const lastChange = async (where: Record<string, unknown>) => (await db.auditEntry.findFirst({ where, orderBy: { id: "desc" } }))!;

describe("the vocabulary's translations are data", () => {
  it("are seeded in every interface language, and the export carries them back to an equal dataset", async () => {
    const data = await readDataset(db);
    for (const c of data.criteria) expect(Object.keys(c.translations ?? {}).sort()).toEqual(["ar", "fa", "ru"]);
    for (const a of data.actors) expect(a.translations?.fa?.name).toBeTruthy();
    expect(data.frameworks.find((f) => f.slug === "hope")!.translations?.ru?.shortName).toBeTruthy();
    const reparsed = datasetSchema.parse(JSON.parse(JSON.stringify(data)));
    expect(reparsed.criteria.map((c) => c.translations)).toEqual(seed.criteria.map((c) => c.translations));
  });

  it("an editor's translation lands, is audited with its reason, survives a write that leaves it out, and a revert takes it back", async () => {
    const editor = await sessionHeaders("translator@example.org");
    const viability = (await readDataset(db)).criteria.find((c) => c.slug === "viability")!;
    const { slug: _s, translations, ...fields } = viability;
    const edited = { ...translations, ru: { ...translations!.ru, name: "Жизнеспособность (правка)" } };
    const put = await send(criterionRoute.PUT, "PUT", { slug: "viability" }, { ...fields, translations: edited, version: 1, reason: "better Russian" }, editor);
    expect(put.status).toBe(200);
    expect(put.body.translations.ru.name).toBe("Жизнеспособность (правка)");
    const change = await lastChange({ entity: "criterion", entityKey: "viability" });
    expect(change).toMatchObject({ field: "translations", actor: "translator@example.org", reason: "better Russian" });
    expect((change.after as typeof edited).ru!.name).toBe("Жизнеспособность (правка)");

    // A form that knows nothing of translations keeps them.
    const renamed = await send(criterionRoute.PUT, "PUT", { slug: "viability" }, { ...fields, name: "Staying power", version: 2, reason: "rename" }, editor);
    expect(renamed.status).toBe(200);
    expect((await readDataset(db)).criteria.find((c) => c.slug === "viability")!.translations?.ru?.name).toBe("Жизнеспособность (правка)");

    const reverted = await send(revertRoute.POST, "POST", { id: String(change.id) }, { reason: "the seeded wording was right" }, editor);
    expect(reverted.status).toBe(200);
    expect((await readDataset(db)).criteria.find((c) => c.slug === "viability")!.translations).toEqual(translations);
  });

  it("an actor's and a framework's translations are edited the same way, and a bad one is refused with its path", async () => {
    const editor = await sessionHeaders("translator@example.org");
    const iraq = (await readDataset(db)).actors.find((a) => a.slug === "iq")!;
    const { slug: _s, ...actor } = iraq;
    const bad = await send(actorRoute.PUT, "PUT", { slug: "iq" }, { ...actor, translations: { de: { name: "Irak" } }, version: 1, reason: "German" }, editor);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.issues)).toContain("translations");
    const ok = await send(
      actorRoute.PUT,
      "PUT",
      { slug: "iq" },
      { ...actor, translations: { ...actor.translations, ar: { name: "جمهورية العراق" } }, version: 1, reason: "full name" },
      editor,
    );
    expect(ok.status).toBe(200);
    expect((await readDataset(db)).actors.find((a) => a.slug === "iq")!.translations?.ar?.name).toBe("جمهورية العراق");

    const hope = (await readDataset(db)).frameworks.find((f) => f.slug === "hope")!;
    const patch = { translations: { ...hope.translations, fa: { ...hope.translations!.fa, shortName: "هرمز" } }, version: 1, reason: "shorter" };
    expect((await send(frameworkRoute.PATCH, "PATCH", { slug: "hope" }, patch, editor)).status).toBe(200);
    expect((await readDataset(db)).frameworks.find((f) => f.slug === "hope")!.translations?.fa?.shortName).toBe("هرمز");
    expect(await lastChange({ entity: "framework", entityKey: "hope" })).toMatchObject({ field: "translations", reason: "shorter" });
  });
});
