import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import { sendToRoute } from "../support/send-to-route";
import { sessionHeaders, TEST_PASSWORD } from "../support/session-headers";
import { getDb } from "@/lib/server/db";
import { loadDatasetFile } from "@/lib/server/dataset/load-dataset-file";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { writeDataset } from "@/lib/server/dataset/write-dataset";
import { createUser } from "@/lib/server/users/create-user";
import * as actorRoute from "@/app/api/actors/[slug]/route";
import * as criterionRoute from "@/app/api/criteria/[slug]/route";
import * as frameworkRoute from "@/app/api/frameworks/[slug]/route";
import * as assessmentRoute from "@/app/api/frameworks/[slug]/assessments/[criterion]/route";
import * as participantRoute from "@/app/api/frameworks/[slug]/participants/[actor]/route";
import * as revertRoute from "@/app/api/history/[id]/revert/route";

const db = getDb();
const seed = loadDatasetFile();
beforeAll(async () => {
  await writeDataset(db, seed);
  await createUser({ email: "reverter@example.org", name: "R", role: "editor", password: TEST_PASSWORD }, db);
  await createUser({ email: "onlooker@example.org", name: "O", role: "reader", password: TEST_PASSWORD }, db);
});
afterAll(() => db.$disconnect());

const send = sendToRoute;
const revert = async (id: number, headers: Record<string, string>, reason = "the earlier reading was right") =>
  send(revertRoute.POST, "POST", { id: String(id) }, { reason }, headers);
const lastChange = async (where: Record<string, unknown>) => (await db.auditEntry.findFirst({ where, orderBy: { id: "desc" } }))!;
const framework = async (slug: string) => (await readDataset(db)).frameworks.find((f) => f.slug === slug);
const state = async () => ({ data: await readDataset(db), audit: await db.auditEntry.count() });
const reasons = createTranslator({ locale: "en", messages: en, namespace: "refusals.why" }) as unknown as (code: string, params?: object) => string;
/** A refused revert says why as a code (the history's revert form says it in the page's language), and in English the same words as its `error`. */
const expectWhy = (body: { error: string; code?: string; params?: object }, code: string) => {
  expect(body.code).toBe(code);
  expect(reasons(code, body.params)).toBe(body.error);
};

describe("DELETE /api/frameworks/{slug}/participants/{actor}", () => {
  it("refuses anonymous (401), reader (403), invalid (400), unknown (404) and stale (409) deletes, changing nothing", async () => {
    const before = await state();
    const body = { version: 1, reason: "not a member after all" };
    expect((await send(participantRoute.DELETE, "DELETE", { slug: "hope", actor: "ir" }, body, {})).status).toBe(401);
    expect((await send(participantRoute.DELETE, "DELETE", { slug: "hope", actor: "ir" }, body, await sessionHeaders("onlooker@example.org"))).status).toBe(403);
    const editor = await sessionHeaders("reverter@example.org");
    expect((await send(participantRoute.DELETE, "DELETE", { slug: "hope", actor: "ir" }, { version: 1 }, editor)).status).toBe(400);
    expect((await send(participantRoute.DELETE, "DELETE", { slug: "hope", actor: "zz" }, body, editor)).status).toBe(404);
    const stale = await send(participantRoute.DELETE, "DELETE", { slug: "hope", actor: "ir" }, { ...body, version: 7 }, editor);
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ actor: "ir", role: "member", version: 1 });
    expect(await state()).toEqual(before);
  });

  it("removes a role with an audit row that keeps it, and a revert restores it exactly", async () => {
    const editor = await sessionHeaders("reverter@example.org");
    const role = (await framework("imsi"))!.participants.find((p) => p.actor === "gb")!;
    expect((await send(participantRoute.DELETE, "DELETE", { slug: "imsi", actor: "gb" }, { version: 1, reason: "testing removal" }, editor)).status).toBe(200);
    expect((await framework("imsi"))!.participants.some((p) => p.actor === "gb")).toBe(false);
    const removal = await lastChange({ entity: "participant", entityKey: "imsi/gb" });
    expect(removal).toMatchObject({ action: "delete", actor: "reverter@example.org", reason: "testing removal", before: role });
    const restored = await revert(removal.id, editor);
    expect(restored.status).toBe(200);
    expect((await framework("imsi"))!.participants.find((p) => p.actor === "gb")).toEqual(role);
    // It continues its version: a form opened before the removal is stale, not silently current.
    expect(restored.body.version).toBe(2);
    const { actor: _a, ...body } = role;
    expect(
      (await send(participantRoute.PUT, "PUT", { slug: "imsi", actor: "gb" }, { ...body, confidence: "low", version: 1, reason: "from a stale form" }, editor))
        .status,
    ).toBe(409);
    // Restoring twice would overwrite the role now there: a conflict, not a silent write.
    expect((await revert(removal.id, editor)).status).toBe(409);
  });
});

describe("POST /api/history/{id}/revert beyond assessments", () => {
  it("reverts a role's field, and removes a role that a change created", async () => {
    const editor = await sessionHeaders("reverter@example.org");
    const original = (await framework("russia-gulf-concept"))!.participants.find((p) => p.actor === "cn")!;
    const changed = await send(
      participantRoute.PUT,
      "PUT",
      { slug: "russia-gulf-concept", actor: "cn" },
      { ...original, actor: undefined, role: "member", version: 1, reason: "try member" },
      editor,
    );
    expect(changed.status).toBe(200);
    const roleChange = await lastChange({ entity: "participant", entityKey: "russia-gulf-concept/cn", field: "role" });
    expect((await revert(roleChange.id, editor)).status).toBe(200);
    expect((await framework("russia-gulf-concept"))!.participants.find((p) => p.actor === "cn")).toEqual(original);

    const citations = [
      { document: "stepanova-2020", lineStart: 709, lineEnd: 709, quote: "US-led group of close allies, such as the UK and Australia, and Arab Gulf powers" },
    ];
    const added = await send(
      participantRoute.PUT,
      "PUT",
      { slug: "imsi", actor: "sa" },
      { role: "member", rationale: "Named among the Arab Gulf powers elsewhere.", confidence: "low", citations, version: 0, reason: "add" },
      editor,
    );
    expect(added.status).toBe(200);
    const creation = await lastChange({ entity: "participant", entityKey: "imsi/sa", field: "role" });
    expect((await revert(creation.id, editor)).status).toBe(200);
    expect((await framework("imsi"))!.participants.some((p) => p.actor === "sa")).toBe(false);
  });

  it("reverts a framework's field, a criterion's field and an actor's field, each recorded as a change of its own", async () => {
    const editor = await sessionHeaders("reverter@example.org");
    const hope = (await framework("hope"))!;
    expect((await send(frameworkRoute.PATCH, "PATCH", { slug: "hope" }, { shortName: "HOPE!", version: 1, reason: "rename" }, editor)).status).toBe(200);
    const rename = await lastChange({ entity: "framework", entityKey: "hope", field: "shortName" });
    const auditBefore = await db.auditEntry.count();
    expect((await revert(rename.id, editor)).status).toBe(200);
    expect((await framework("hope"))!.shortName).toBe(hope.shortName);
    expect(await lastChange({ entity: "framework", entityKey: "hope" })).toMatchObject({
      field: "shortName",
      before: "HOPE!",
      after: hope.shortName,
      reason: `Revert of change #${rename.id}: the earlier reading was right`,
    });
    expect(await db.auditEntry.count()).toBe(auditBefore + 1);

    const viability = seed.criteria.find((c) => c.slug === "viability")!;
    const { slug: _s, ...criterion } = viability;
    expect(
      (await send(criterionRoute.PUT, "PUT", { slug: "viability" }, { ...criterion, name: "Staying power", version: 1, reason: "rename" }, editor)).status,
    ).toBe(200);
    expect((await revert((await lastChange({ entity: "criterion", entityKey: "viability" })).id, editor)).status).toBe(200);
    expect((await readDataset(db)).criteria.find((c) => c.slug === "viability")!.name).toBe(viability.name);

    const iraq = seed.actors.find((a) => a.slug === "iq")!;
    expect(
      (
        await send(
          actorRoute.PUT,
          "PUT",
          { slug: "iq" },
          { name: "Republic of Iraq", kind: iraq.kind, group: iraq.group, worldPower: iraq.worldPower, version: 1, reason: "full name" },
          editor,
        )
      ).status,
    ).toBe(200);
    expect((await revert((await lastChange({ entity: "actor", entityKey: "iq" })).id, editor)).status).toBe(200);
    expect((await readDataset(db)).actors.find((a) => a.slug === "iq")!.name).toBe(iraq.name);
  });

  it("restores a deleted framework with its roles, assessments and citations", async () => {
    const editor = await sessionHeaders("reverter@example.org");
    const arabNato = (await framework("arab-nato"))!;
    expect((await send(frameworkRoute.DELETE, "DELETE", { slug: "arab-nato" }, { version: 1, reason: "testing deletion" }, editor)).status).toBe(200);
    expect(await framework("arab-nato")).toBeUndefined();
    const deletion = await lastChange({ entity: "framework", entityKey: "arab-nato", action: "delete" });
    const restored = await revert(deletion.id, editor);
    expect(restored.status).toBe(200);
    expect(await framework("arab-nato")).toEqual(arabNato);
    expect((await db.framework.findUnique({ where: { slug: "arab-nato" } }))!.version).toBe(2);
    expect(await lastChange({ entity: "framework", entityKey: "arab-nato" })).toMatchObject({ action: "restore", actor: "reverter@example.org" });
    const again = await revert(deletion.id, editor);
    expect(again.status).toBe(409);
    expectWhy(again.body, "revertFrameworkExists");
  });

  it("refuses what cannot be reverted (a creation) with 400, and a reader or an anonymous caller, changing nothing", async () => {
    const editor = await sessionHeaders("reverter@example.org");
    await send(
      actorRoute.PUT,
      "PUT",
      { slug: "tr" },
      { name: "Turkey", kind: "state", group: "regional", worldPower: false, version: 0, reason: "a neighbour" },
      editor,
    );
    const creation = await lastChange({ entity: "actor", entityKey: "tr" });
    const edit = await lastChange({ entity: "framework", entityKey: "hope", field: "shortName" });
    const before = await state();
    const refused = await revert(creation.id, editor);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/created the record/);
    expectWhy(refused.body, "revertCreation");
    const unknown = await revert(999_999, editor);
    expect(unknown.status).toBe(404);
    expectWhy(unknown.body, "revertNotFound");
    expect((await revert(edit.id, await sessionHeaders("onlooker@example.org"))).status).toBe(403);
    expect((await revert(edit.id, {})).status).toBe(401);
    expect(await state()).toEqual(before);
  });

  it("refuses (409) to revert a change that a later change superseded, or to remove a role edited since its creation, changing nothing", async () => {
    const editor = await sessionHeaders("reverter@example.org");
    const iran = (await framework("gcc-centric"))!.assessments.find((a) => a.criterion === "acceptability-ir")!;
    const { criterion: _c, ...body } = iran;
    expect(
      (
        await send(
          assessmentRoute.PUT,
          "PUT",
          { slug: "gcc-centric", criterion: "acceptability-ir" },
          { ...body, value: -1, version: 1, reason: "first" },
          editor,
        )
      ).status,
    ).toBe(200);
    const first = await lastChange({ entityKey: "gcc-centric/acceptability-ir", field: "value" });
    expect(
      (
        await send(
          assessmentRoute.PUT,
          "PUT",
          { slug: "gcc-centric", criterion: "acceptability-ir" },
          { ...body, value: 0, version: 2, reason: "second" },
          editor,
        )
      ).status,
    ).toBe(200);
    let before = await state();
    const refused = await revert(first.id, editor);
    expect(refused.status).toBe(409);
    expect(refused.body.current).toMatchObject({ value: 0, version: 3 });
    expectWhy(refused.body, "revertFieldChanged");
    expect(await state()).toEqual(before);

    const citations = [
      { document: "stepanova-2020", lineStart: 709, lineEnd: 709, quote: "US-led group of close allies, such as the UK and Australia, and Arab Gulf powers" },
    ];
    const role = { role: "member", rationale: "Named among the Arab Gulf powers elsewhere.", confidence: "low", citations, reason: "add" };
    expect((await send(participantRoute.PUT, "PUT", { slug: "imsi", actor: "ae" }, { ...role, version: 0 }, editor)).status).toBe(200);
    const creation = await lastChange({ entity: "participant", entityKey: "imsi/ae", field: "role" });
    expect((await send(participantRoute.PUT, "PUT", { slug: "imsi", actor: "ae" }, { ...role, confidence: "medium", version: 1 }, editor)).status).toBe(200);
    before = await state();
    const edited = await revert(creation.id, editor);
    expect(edited.status).toBe(409);
    expectWhy(edited.body, "revertRoleChanged");
    expect(await state()).toEqual(before);
  });

  it("restores a deleted framework once when two editors restore it at the same time, and refuses a snapshot whose quotes no longer match", async () => {
    const editor = await sessionHeaders("reverter@example.org");
    expect((await send(frameworkRoute.DELETE, "DELETE", { slug: "gcc-centric" }, { version: 1, reason: "testing" }, editor)).status).toBe(200);
    const deletion = await lastChange({ entity: "framework", entityKey: "gcc-centric", action: "delete" });
    const outcomes = await Promise.all([revert(deletion.id, editor), revert(deletion.id, editor)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual([200, 409]);

    expect((await send(frameworkRoute.DELETE, "DELETE", { slug: "gcc-centric" }, { version: 2, reason: "testing again" }, editor)).status).toBe(200);
    const second = await lastChange({ entity: "framework", entityKey: "gcc-centric", action: "delete" });
    const tampered = structuredClone(second.before) as { summaryCitations: Array<{ quote: string }> };
    tampered.summaryCitations[0]!.quote = "words the source never printed";
    await db.auditEntry.update({ where: { id: second.id }, data: { before: tampered } });
    const refused = await revert(second.id, editor);
    expect(refused.status).toBe(400);
    expect(refused.body.issues[0].path).toMatch(/^citations\[0\]/);
    expectWhy(refused.body, "revertCitationsStale");
    expect(await framework("gcc-centric")).toBeUndefined();
  });

  it("undoes a whole save (scope: save) in one write: every field it changed, recorded as one save; refused if any field moved on", async () => {
    const editor = await sessionHeaders("reverter@example.org");
    const original = (await framework("hope"))!.assessments.find((a) => a.criterion === "viability")!;
    const { criterion: _c, ...body } = original;
    expect(
      (
        await send(
          assessmentRoute.PUT,
          "PUT",
          { slug: "hope", criterion: "viability" },
          { ...body, value: 2, rationale: "A bolder reading of the same passage, for the test.", version: 1, reason: "one save, two fields" },
          editor,
        )
      ).status,
    ).toBe(200);
    const rows = await db.auditEntry.findMany({ where: { entityKey: "hope/viability" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.field)).toEqual(["value", "rationale"]);
    expect(new Set(rows.map((r) => r.batch)).size).toBe(1);

    const undone = await send(revertRoute.POST, "POST", { id: String(rows[0]!.id) }, { reason: "both were wrong", scope: "save" }, editor);
    expect(undone.status).toBe(200);
    expect((await framework("hope"))!.assessments.find((a) => a.criterion === "viability")).toEqual(original);
    const revertRows = await db.auditEntry.findMany({ where: { entityKey: "hope/viability", id: { gt: rows[1]!.id } } });
    expect(revertRows.map((r) => r.field).sort()).toEqual(["rationale", "value"]);
    expect(new Set(revertRows.map((r) => [r.batch, r.reason].join("|"))).size).toBe(1);

    // Redo the save, then move one of its fields on: undoing the save would undo that too, so it is refused.
    expect(
      (
        await send(
          assessmentRoute.PUT,
          "PUT",
          { slug: "hope", criterion: "viability" },
          { ...body, value: 2, rationale: "A bolder reading of the same passage, for the test.", version: 3, reason: "again" },
          editor,
        )
      ).status,
    ).toBe(200);
    const again = (await db.auditEntry.findFirst({ where: { entityKey: "hope/viability", field: "value" }, orderBy: { id: "desc" } }))!;
    expect(
      (
        await send(
          assessmentRoute.PUT,
          "PUT",
          { slug: "hope", criterion: "viability" },
          { ...body, value: 2, rationale: "Moved on after the save.", version: 4, reason: "later" },
          editor,
        )
      ).status,
    ).toBe(200);
    const before = await state();
    expect((await send(revertRoute.POST, "POST", { id: String(again.id) }, { reason: "too late", scope: "save" }, editor)).status).toBe(409);
    expect(await state()).toEqual(before);
  });
});
