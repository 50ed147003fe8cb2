import { EDITABLE_FIELDS, type EditableEntity } from "../domain/editable-fields";

/** What reverting one recorded change does, decided from the audit row alone (the history page and the API agree). */
type RevertPlan =
  | { kind: "restore-field"; entity: EditableEntity; field: string }
  | { kind: "remove-role" }
  | { kind: "restore-role" }
  | { kind: "restore-framework" }
  | { kind: "none"; why: string };

type Entry = { entity: string; action: string; field: string | null };

export function revertPlan(entry: Entry): RevertPlan {
  if (entry.entity === "framework" && entry.action === "delete") return { kind: "restore-framework" };
  if (entry.entity === "participant" && entry.action === "create" && entry.field === "role") return { kind: "remove-role" };
  if (entry.entity === "participant" && entry.action === "delete") return { kind: "restore-role" };
  if (entry.entity === "source") return { kind: "none", why: "a source's texts are never removed (citations may name them): add a corrected revision instead" };
  if (entry.action === "create") return { kind: "none", why: "it created the record: there is no earlier value (delete the record instead)" };
  if (entry.action !== "update") return { kind: "none", why: `a ${entry.action} of a ${entry.entity} cannot be reverted` };
  const fields: readonly string[] | undefined = EDITABLE_FIELDS[entry.entity as EditableEntity];
  if (!fields) return { kind: "none", why: `changes to a ${entry.entity} are its author's to undo` };
  if (!entry.field || !fields.includes(entry.field)) return { kind: "none", why: `the field "${entry.field}" of a ${entry.entity} cannot be reverted` };
  return { kind: "restore-field", entity: entry.entity as EditableEntity, field: entry.field };
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
