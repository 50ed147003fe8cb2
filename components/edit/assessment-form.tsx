"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { assessmentWriteSchema, type AssessmentWrite } from "@/lib/domain/assessment-write";
import type { Citation } from "@/lib/domain/citation";
import type { Criterion } from "@/lib/domain/criterion";
import type { Assessment } from "@/lib/domain/framework";
import { formatValue } from "@/lib/domain/labels";
import { CONFIDENCES } from "@/lib/domain/vocabulary";
import { CitationsField } from "./citations-field";
import { useDraftRoundTrip } from "./use-draft-round-trip";
import { sendWithCsrf } from "./send-with-csrf";

type Props = {
  framework: string;
  criterion: Criterion;
  current: Assessment | null;
  version: number;
  picked: Citation | null;
  pickHref: string;
};

type Conflict = { error: string; current: Assessment & { version: number } };

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
  const draft = useDraftRoundTrip(form, "citations", picked);
  const { errors, isSubmitting } = form.formState;


  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const { response, body } = await sendWithCsrf(`/api/frameworks/${framework}/assessments/${criterion.slug}`, "PUT", values);
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
          <button
            type="button"
            onClick={() => {
              const { criterion: _c, version: theirs, ...values } = conflict.current;
              form.reset({ ...values, version: theirs, reason: "" });
              setConflict(null);
            }}
          >
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
