"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import type { Citation } from "@/lib/domain/citation";
import type { Participant } from "@/lib/domain/framework";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/labels";
import { participantWriteSchema, type ParticipantWrite } from "@/lib/domain/participant-write";
import { CONFIDENCES, ROLES } from "@/lib/domain/vocabulary";
import { CitationsField } from "./citations-field";
import { useDraftRoundTrip } from "./use-draft-round-trip";
import { useVersionedSave } from "./use-versioned-save";
import { FieldError } from "./field-error";
import { ReasonField, SaveOutcome } from "./form-parts";

type Props = { framework: string; actor: string; current: Participant | null; version: number; picked: Citation | null; pickHref: string };

const LABELS = { role: "Role", rationale: "Rationale", confidence: "Confidence", citations: "Citations" } as const;

/** Set an actor's role in a framework, with the reasoning and the lines it rests on. */
export function RoleForm({ framework, actor, current, version, picked, pickHref }: Props) {
  const form = useForm<ParticipantWrite>({
    resolver: zodResolver(participantWriteSchema),
    defaultValues: {
      role: current?.role ?? "member",
      rationale: current?.rationale ?? "",
      confidence: current?.confidence ?? "low",
      citations: current?.citations ?? [],
      version,
      reason: "",
    },
  });
  const citations = useFieldArray({ control: form.control, name: "citations" });
  const draft = useDraftRoundTrip(form, "citations", picked);
  const save = useVersionedSave<ParticipantWrite, Participant>(form, {
    url: `/api/frameworks/${framework}/participants/${actor}`,
    toValues: ({ actor: _a, ...theirs }) => ({ ...theirs, reason: form.getValues("reason") }),
    labels: LABELS,
    afterSave: draft.settle,
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form className="panel edit-form" onSubmit={save.submit} noValidate>
      <div className="field">
        <label htmlFor="role">Role</label>
        <select id="role" {...form.register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}: {ROLE_DESCRIPTIONS[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="rationale">Rationale</label>
        <textarea id="rationale" rows={3} aria-describedby="rationale-error" {...form.register("rationale")} />
        <FieldError errors={errors} name="rationale" />
      </div>
      <div className="field">
        <label htmlFor="confidence">Confidence</label>
        <select id="confidence" {...form.register("confidence")}>
          {CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <CitationsField
        fields={citations.fields}
        remove={citations.remove}
        pickHref={pickHref}
        onPick={draft.putAside}
        restored={draft.restored}
        error={<FieldError errors={errors} name="citations" />}
      />
      <ReasonField register={form.register} errors={errors} label="Reason for this change (recorded)" />
      <SaveOutcome what="role" save={save} historyHref={`/frameworks/${framework}/history`} />
      <button type="submit" disabled={isSubmitting}>
        Save the role
      </button>
    </form>
  );
}
