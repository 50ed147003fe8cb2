"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { Citation } from "@/lib/domain/citation";
import type { Participant } from "@/lib/domain/framework";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/labels";
import { participantWriteSchema, type ParticipantWrite } from "@/lib/domain/participant-write";
import { CONFIDENCES, ROLES } from "@/lib/domain/vocabulary";
import { citationLabel } from "@/lib/citations/citation-href";

type Props = { framework: string; actor: string; current: Participant | null; version: number; picked: Citation | null; pickHref: string };

const sameCitation = (a: Citation, b: Citation) => a.document === b.document && a.lineStart === b.lineStart && a.lineEnd === b.lineEnd;

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
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    if (picked && !form.getValues("citations").some((c) => sameCitation(c, picked))) citations.append(picked);
  }, [picked]);

  const submit = form.handleSubmit(async (values) => {
    const { csrf } = await (await fetch("/api/session")).json();
    const response = await fetch(`/api/frameworks/${framework}/participants/${actor}`, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-csrf-token": csrf ?? "" },
      body: JSON.stringify(values),
    });
    const body = await response.json();
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
      <fieldset className="field">
        <legend>Citations</legend>
        {citations.fields.length === 0 && <p className="missing">No citation yet: pick the lines it rests on.</p>}
        <ul className="citation-list">
          {citations.fields.map((c, i) => (
            <li key={c.id}>
              <blockquote className="quote">
                “{c.quote}”<footer>
                  {c.document}, {citationLabel(c)}
                </footer>
              </blockquote>
              <button type="button" onClick={() => citations.remove(i)} aria-label={`Remove the citation of ${citationLabel(c)}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <Link href={pickHref}>Pick lines in the source viewer</Link>
        {error("citations")}
      </fieldset>
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
