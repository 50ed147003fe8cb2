"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { assessmentWriteSchema, type AssessmentWrite } from "@/lib/domain/assessment-write";
import type { Citation } from "@/lib/domain/citation";
import type { Criterion } from "@/lib/domain/criterion";
import type { Assessment } from "@/lib/domain/framework";
import { formatValue } from "@/lib/domain/labels";
import { CONFIDENCES } from "@/lib/domain/vocabulary";
import { citationLabel } from "@/lib/citations/citation-href";

type Props = {
  framework: string;
  criterion: Criterion;
  current: Assessment | null;
  version: number;
  picked: Citation | null;
  pickHref: string;
};

type Conflict = { error: string; current: Assessment & { version: number } };

const sameCitation = (a: Citation, b: Citation) => a.document === b.document && a.lineStart === b.lineStart && a.lineEnd === b.lineEnd;

/** Edit one assessment: the API's zod schema checks the form, and the server's answers show beside their fields. */
export function AssessmentForm({ framework, criterion, current, version, picked, pickHref }: Props) {
  const router = useRouter();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<AssessmentWrite>({
    resolver: zodResolver(assessmentWriteSchema),
    defaultValues: {
      value: current?.value ?? null,
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
    // A citation picked in the source viewer joins the list once.
    if (picked && !form.getValues("citations").some((c) => sameCitation(c, picked))) citations.append(picked);
  }, [picked]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const { csrf } = await (await fetch("/api/session")).json();
    const response = await fetch(`/api/frameworks/${framework}/assessments/${criterion.slug}`, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-csrf-token": csrf ?? "" },
      body: JSON.stringify(values),
    });
    const body = await response.json();
    if (response.ok) {
      setSaved(body.version);
      setConflict(null);
      form.reset({ ...values, version: body.version, reason: "" });
      router.refresh();
    } else if (response.status === 409) {
      setConflict(body);
    } else {
      for (const issue of body.issues ?? []) form.setError(issue.path as keyof AssessmentWrite, { message: issue.message });
      setFailure(body.error);
    }
  });

  const points = Array.from({ length: criterion.scale.max - criterion.scale.min + 1 }, (_, i) => criterion.scale.min + i);
  const error = (name: string) => {
    const message = (errors as Record<string, { message?: string } | undefined>)[name]?.message;
    return message ? (
      <p className="field-error" id={`${name}-error`}>
        {message}
      </p>
    ) : null;
  };

  return (
    <form className="panel edit-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="value">Value</label>
        <select
          id="value"
          aria-describedby="value-error"
          {...form.register("value", { setValueAs: (v) => (v === "" || v === null ? null : Number(v)) })}
          defaultValue={current?.value === null || current?.value === undefined ? "" : String(current.value)}
        >
          <option value="">No value: the source is silent</option>
          {points.map((p) => (
            <option key={p} value={p}>
              {formatValue(p, criterion.scale.min)}
              {criterion.scale.labels.find((l) => l.value === p) ? `: ${criterion.scale.labels.find((l) => l.value === p)!.label}` : ""}
            </option>
          ))}
        </select>
        {error("value")}
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
      {failure && (
        <p className="notice" role="alert">
          Not saved: {failure}
        </p>
      )}
      {conflict && (
        <section className="notice" role="alert" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading">Someone changed this assessment while you were editing</h2>
          <p>{conflict.error}. Theirs is below; keep yours by saving again, or take theirs.</p>
          <p>
            Theirs: <strong>{conflict.current.value === null ? "no value" : formatValue(conflict.current.value, criterion.scale.min)}</strong> ({conflict.current.confidence}) — {conflict.current.rationale}
          </p>
          <button type="button" onClick={() => (form.setValue("version", conflict.current.version), setConflict(null))}>
            Keep mine (save over theirs)
          </button>{" "}
          <button type="button" onClick={() => router.refresh()}>
            Take theirs
          </button>
        </section>
      )}
      {saved !== null && (
        <p role="status" className="saved">
          Saved as version {saved}. <Link href={`/frameworks/${framework}/history`}>See the history</Link>
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        Save
      </button>
    </form>
  );
}
