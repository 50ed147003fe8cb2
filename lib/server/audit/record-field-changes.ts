import { randomUUID } from "node:crypto";
import { sameValue } from "../../audit/same-value";
import { bumpDataVersion } from "../data-version";
import type { Tx } from "../db";

const json = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/** One audit row per field whose value differs between before and after (before null: a creation), tied together as one save. */
export async function recordFieldChanges<T extends Record<string, unknown>>(
  tx: Tx,
  change: { actor: string; entity: string; entityKey: string; reason: string; fields: readonly (keyof T & string)[]; before: T | null; after: T },
) {
  const changed = change.fields.filter((f) => !sameValue(change.before?.[f], change.after[f]));
  const batch = randomUUID();
  await bumpDataVersion(tx);
  await tx.auditEntry.createMany({
    data: changed.map((field) => ({
      actor: change.actor,
      action: change.before ? "update" : "create",
      entity: change.entity,
      entityKey: change.entityKey,
      field,
      before: change.before ? json(change.before[field]) : undefined,
      after: json(change.after[field]),
      reason: change.reason,
      batch,
    })),
  });
  return changed;
}
