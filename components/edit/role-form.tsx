"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { PickSource } from "@/lib/citations/citation-href";
import type { Citation } from "@/lib/domain/citation";
import type { Participant } from "@/lib/domain/framework";
import { participantWriteSchema, type ParticipantWrite } from "@/lib/domain/participant-write";
import { ROLES } from "@/lib/domain/vocabulary";
import { codedResolver } from "./coded-resolver";
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

const LABELLED = ["role", "rationale", "confidence", "citations"] as const;

/** Set an actor's role in a framework, with the reasoning and the lines it rests on. */
export function RoleForm({ framework, actor, current, version, picked, pickHref, pickSources }: Props) {
  const t = useTranslations("editor.role");
  const tRoles = useTranslations("roleBadge");
  const LABELS = Object.fromEntries(LABELLED.map((field) => [field, t(`fields.${field}`)]));
  const form = useForm<ParticipantWrite>({
    resolver: codedResolver(participantWriteSchema),
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
        <label htmlFor="role">{LABELS.role}</label>
        <select id="role" {...form.register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tRoles("title", { label: tRoles(`${r}.label`), description: tRoles(`${r}.description`) })}
            </option>
          ))}
        </select>
      </div>
      <EvidenceFields form={form} evidence={evidence} pickHref={pickHref} pickSources={pickSources} />
      <SaveOutcome what="role" save={save} historyHref={`/frameworks/${framework}/history`} />
      <button type="submit" disabled={isSubmitting}>
        {t("save")}
      </button>
    </form>
  );
}
