import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import ru from "@/messages/ru.json";
import { revertAction, revertPlan } from "@/lib/audit/revert-plan";
import { EDITABLE_FIELDS } from "@/lib/domain/editable-fields";
import { REFUSAL_REASONS, REVERT_REFUSALS } from "@/lib/domain/outcome";
import { formattingLocale } from "@/lib/i18n/locales";

type Say = (code: string, params?: object) => string;
const reasonsIn = (locale: string, messages: object) => createTranslator({ locale, messages, namespace: "refusals.why" as never }) as unknown as Say;

describe("revertPlan", () => {
  it("restores the recorded field of an update, for every editable entity", () => {
    expect(revertPlan({ entity: "assessment", action: "update", field: "value" })).toEqual({ kind: "restore-field", entity: "assessment", field: "value" });
    expect(revertPlan({ entity: "participant", action: "update", field: "citations" })).toMatchObject({ kind: "restore-field" });
    expect(revertPlan({ entity: "framework", action: "update", field: "proposer" })).toMatchObject({ kind: "restore-field" });
    expect(revertPlan({ entity: "criterion", action: "update", field: "scale" })).toMatchObject({ kind: "restore-field" });
    expect(revertPlan({ entity: "actor", action: "update", field: "worldPower" })).toMatchObject({ kind: "restore-field" });
  });

  it("removes a created role, restores a removed role or a deleted framework", () => {
    expect(revertPlan({ entity: "participant", action: "create", field: "role" })).toEqual({ kind: "remove-role" });
    expect(revertPlan({ entity: "participant", action: "delete", field: null })).toEqual({ kind: "restore-role" });
    expect(revertPlan({ entity: "framework", action: "delete", field: null })).toEqual({ kind: "restore-framework" });
  });

  it("refuses creations (other than a role's), restores, imports, scenarios and unknown fields", () => {
    for (const entry of [
      { entity: "participant", action: "create", field: "rationale" },
      { entity: "actor", action: "create", field: "name" },
      { entity: "framework", action: "create", field: null },
      { entity: "framework", action: "restore", field: null },
      { entity: "dataset", action: "import", field: null },
      { entity: "scenario", action: "update", field: null },
      { entity: "assessment", action: "update", field: "position" },
    ])
      expect(revertPlan(entry).kind, JSON.stringify(entry)).toBe("none");
  });

  it("says why not as a code, which every language words and English says as the API does", () => {
    const refused = [
      { entity: "source", action: "create", field: null },
      { entity: "actor", action: "create", field: "name" },
      { entity: "framework", action: "restore", field: null },
      { entity: "scenario", action: "update", field: null },
      { entity: "assessment", action: "update", field: "position" },
    ].map((entry) => revertPlan(entry));
    const english = reasonsIn("en", en);
    const russian = reasonsIn("ru", ru);
    const codes: string[] = [];
    for (const plan of refused) {
      if (plan.kind !== "none") throw new Error(`${plan.kind} is not a refusal`);
      codes.push(plan.code);
      // As revertChange words its error, with the change's id.
      expect(english(plan.code, { ...plan.params, id: 1234 })).toBe(`change #1234 cannot be reverted: ${plan.why}`);
      expect(russian(plan.code, { ...plan.params, id: 1234 })).toMatch(/^изменение № 1234 нельзя отменить: /);
    }
    expect(codes).toEqual(["revertSourceText", "revertCreation", "revertAction", "revertAuthorsOwn", "revertField"]);
    expect(REVERT_REFUSALS).toEqual(expect.arrayContaining(codes));
  });

  it("has a message for every reason a refusal gives, in all four languages, with its number in the page's digits", () => {
    for (const [locale, messages] of Object.entries({ en, ar, fa, ru }))
      expect(
        REFUSAL_REASONS.filter((code) => !(code in (messages.refusals as unknown as { why: object }).why)),
        locale,
      ).toEqual([]);
    expect(reasonsIn(formattingLocale("ar", "native"), ar)("revertNotFound", { id: 42 })).toBe("لا يوجد تغيير مسجَّل برقم ٤٢");
  });

  it("labels the button after what it does", () => {
    expect(revertAction({ entity: "assessment", action: "update", field: "value" })).toBe("revert");
    expect(revertAction({ entity: "participant", action: "create", field: "role" })).toBe("removeRole");
    expect(revertAction({ entity: "framework", action: "delete", field: null })).toBe("restore");
    expect(revertAction({ entity: "actor", action: "create", field: "name" })).toBeNull();
  });
});

describe("EDITABLE_FIELDS", () => {
  it("lists each entity's fields from its write schema, the same fields the history records and revert restores", () => {
    expect(EDITABLE_FIELDS).toEqual({
      assessment: ["value", "rationale", "confidence", "citations", "contested", "contestedNote"],
      participant: ["role", "rationale", "confidence", "citations"],
      framework: [
        "name",
        "shortName",
        "proposer",
        "announced",
        "summary",
        "summaryCitations",
        "translations",
        "status",
        "statusEvidence",
        "announcedCitations",
        "lineage",
        "aliases",
      ],
      criterion: ["name", "category", "description", "scale", "direction", "translations"],
      actor: ["name", "kind", "group", "worldPower", "translations"],
    });
    for (const [entity, fields] of Object.entries(EDITABLE_FIELDS))
      for (const field of fields) expect(revertPlan({ entity, action: "update", field })).toEqual({ kind: "restore-field", entity, field });
  });
});
