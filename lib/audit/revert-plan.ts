import { EDITABLE_FIELDS, type EditableEntity } from "../domain/editable-fields";
import type { RevertRefusal } from "../domain/outcome";

/** What reverting one recorded change does, decided from the audit row alone (the history page and the API agree). */
type RevertPlan =
  | { kind: "restore-field"; entity: EditableEntity; field: string }
  | { kind: "remove-role" }
  | { kind: "restore-role" }
  | { kind: "restore-framework" }
  /** Why not: in English, and as a code with its parameters (`refusals.why.<code>`, the change's id added). */
  | { kind: "none"; why: string; code: RevertRefusal; params?: Record<string, string> };

type Entry = { entity: string; action: string; field: string | null };

export function revertPlan(entry: Entry): RevertPlan {
  if (entry.entity === "framework" && entry.action === "delete") return { kind: "restore-framework" };
  if (entry.entity === "participant" && entry.action === "create" && entry.field === "role") return { kind: "remove-role" };
  if (entry.entity === "participant" && entry.action === "delete") return { kind: "restore-role" };
  if (entry.entity === "source")
    return { kind: "none", code: "revertSourceText", why: "a source's texts are never removed (citations may name them): add a corrected revision instead" };
  if (entry.action === "create")
    return { kind: "none", code: "revertCreation", why: "it created the record: there is no earlier value (delete the record instead)" };
  const { action, entity } = entry;
  if (action !== "update") return { kind: "none", code: "revertAction", why: `a ${action} of a ${entity} cannot be reverted`, params: { action, entity } };
  const fields: readonly string[] | undefined = EDITABLE_FIELDS[entity as EditableEntity];
  if (!fields) return { kind: "none", code: "revertAuthorsOwn", why: `changes to a ${entity} are its author's to undo`, params: { entity } };
  if (!entry.field || !fields.includes(entry.field))
    return {
      kind: "none",
      code: "revertField",
      why: `the field "${entry.field}" of a ${entity} cannot be reverted`,
      params: { field: String(entry.field), entity },
    };
  return { kind: "restore-field", entity: entity as EditableEntity, field: entry.field };
}

/** What a revert button does (the page says it in its language), or null when the change cannot be reverted. */
export type RevertAction = "revert" | "removeRole" | "restore";

export function revertAction(entry: Entry): RevertAction | null {
  const plan = revertPlan(entry);
  return plan.kind === "restore-field"
    ? "revert"
    : plan.kind === "remove-role"
      ? "removeRole"
      : plan.kind === "restore-framework" || plan.kind === "restore-role"
        ? "restore"
        : null;
}
