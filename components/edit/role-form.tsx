"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { Citation } from "@/lib/domain/citation";
import type { Participant } from "@/lib/domain/framework";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/labels";
import { participantWriteSchema, type ParticipantWrite } from "@/lib/domain/participant-write";
import { CONFIDENCES, ROLES } from "@/lib/domain/vocabulary";
import { CitationsField } from "./citations-field";
import { useDraftRoundTrip } from "./use-draft-round-trip";
import { sendWithCsrf } from "./send-with-csrf";

type Props = { framework: string; actor: string; current: Participant | null; version: number; picked: Citation | null; pickHref: string };

/** Set an actor's role in a framework, with the reasoning and the lines it rests on. */
export function RoleForm({ framework, actor, current, version, picked, pickHref }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
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
  const { errors, isSubmitting } = form.formState;


  const submit = form.handleSubmit(async (values) => {
    const { response, body } = await sendWithCsrf(`/api/frameworks/${framework}/participants/${actor}`, "PUT", values);
    if (response.ok) {
      setMessage(`Saved as version ${body.version}.`);
      form.reset({ ...values, version: body.version, reason: "" });
      router.refresh();
    } else if (response.status === 409) setMessage(`Not saved: ${body.error}. Reload to see the current role.`);
    else {
      for (const issue of body.issues ?? []) form.setError(issue.path.split(/[.[]/)[0] as keyof ParticipantWrite, { message: issue.message });
      setMessage(`Not saved: ${body.error}`);
    }
  });

  const error = (name: keyof ParticipantWrite) =>
    errors[name]?.message ? (
      <p className="field-error" id={`${name}-error`}>
        {String(errors[name]?.message)}
      </p>
    ) : null;

  return (
    <form className="panel edit-form" onSubmit={submit} noValidate>
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
        {error("rationale")}
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
        error={error("citations")}
      />
      <div className="field">
        <label htmlFor="reason">Reason for this change (recorded)</label>
        <input id="reason" type="text" aria-describedby="reason-error" {...form.register("reason")} />
        {error("reason")}
      </div>
      {message && (
        <p role="status" className={message.startsWith("Saved") ? "saved" : "notice"}>
          {message}
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        Save the role
      </button>
    </form>
  );
}
