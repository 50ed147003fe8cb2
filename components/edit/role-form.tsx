"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { PickSource } from "@/lib/citations/citation-href";
import type { Citation } from "@/lib/domain/citation";
import type { Participant } from "@/lib/domain/framework";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/labels";
import { participantWriteSchema, type ParticipantWrite } from "@/lib/domain/participant-write";
import { ROLES } from "@/lib/domain/vocabulary";
import { EvidenceFields, useEvidence } from "./evidence-fields";
import { useVersionedSave } from "./use-versioned-save";
import { SaveOutcome } from "./form-parts";

type Props = {
  framework: string;
  actor: string;
  current: Participant | null;
  version: number;
  picked: Citation | null;
  pickHref: string;
  pickSources?: PickSource[];
};

const LABELS = { role: "Role", rationale: "Rationale", confidence: "Confidence", citations: "Citations" } as const;

/** Set an actor's role in a framework, with the reasoning and the lines it rests on. */
export function RoleForm({ framework, actor, current, version, picked, pickHref, pickSources }: Props) {
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
  const evidence = useEvidence(form, picked);
  const save = useVersionedSave<ParticipantWrite, Participant>(form, {
    url: `/api/frameworks/${framework}/participants/${actor}`,
    toValues: ({ actor: _a, ...theirs }) => ({ ...theirs, reason: form.getValues("reason") }),
    labels: LABELS,
    afterSave: evidence.draft.settle,
  });
  const { isSubmitting } = form.formState;

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
      <EvidenceFields form={form} evidence={evidence} pickHref={pickHref} pickSources={pickSources} />
      <SaveOutcome what="role" save={save} historyHref={`/frameworks/${framework}/history`} />
      <button type="submit" disabled={isSubmitting}>
        Save the role
      </button>
    </form>
  );
}
