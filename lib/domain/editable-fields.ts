import { assessmentWriteSchema } from "./assessment-write";
import { FRAMEWORK_PATCHABLE_FIELDS } from "./framework-write";
import { participantWriteSchema } from "./participant-write";
import { actorWriteSchema, criterionWriteSchema } from "./vocabulary-write";

type Keys<S extends { shape: object }> = Array<Exclude<keyof S["shape"], "version" | "reason"> & string>;
const fieldsOf = <S extends { shape: object }>(schema: S) => Object.keys(schema.shape).filter((k) => k !== "version" && k !== "reason") as Keys<S>;

/**
 * Each entity's editable fields, read from its write schema: the writer records a change to each
 * of them in the history, and revert may restore each of them. A field added to a write schema is
 * audited and revertible without another list to update.
 */
export const EDITABLE_FIELDS = {
  assessment: fieldsOf(assessmentWriteSchema),
  participant: fieldsOf(participantWriteSchema),
  framework: FRAMEWORK_PATCHABLE_FIELDS,
  criterion: fieldsOf(criterionWriteSchema),
  actor: fieldsOf(actorWriteSchema),
};
export type EditableEntity = keyof typeof EDITABLE_FIELDS;
