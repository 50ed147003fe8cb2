"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { Citation } from "@/lib/domain/citation";
import type { Framework } from "@/lib/domain/framework";
import { frameworkCreateSchema, type FrameworkCreate } from "@/lib/domain/framework-write";
import { CitationsField } from "./citations-field";
import { sendWithCsrf } from "./send-with-csrf";
import { useDraftRoundTrip } from "./use-draft-round-trip";

type Props = {
  actors: Array<{ slug: string; name: string }>;
  picked: Citation | null;
  pickHref: string;
  /** The framework to change, with its version; absent to add a new one. */
  existing?: { framework: Framework; version: number };
};

type Conflict = { error: string; current: Framework & { version: number } };

const emptyToNull = (v: unknown) => (v === "" ? null : v);

/**
 * Add a framework (its summary must cite the source; its assessments start empty) or change
 * one: both check the same zod schema as the API; a change is versioned and recorded.
 */
export function FrameworkForm({ actors, picked, pickHref, existing }: Props) {
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [version, setVersion] = useState(existing?.version ?? 0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const f = existing?.framework;
  const form = useForm<FrameworkCreate>({
    resolver: zodResolver(frameworkCreateSchema),
    defaultValues: {
      slug: f?.slug ?? "",
      name: f?.name ?? "",
      shortName: f?.shortName ?? "",
      proposer: f?.proposer ?? null,
      announced: f?.announced ?? null,
      summary: f?.summary ?? "",
      summaryCitations: f?.summaryCitations ?? [],
      reason: "",
    },
  });
  const citations = useFieldArray({ control: form.control, name: "summaryCitations" });
  const draft = useDraftRoundTrip(form, "summaryCitations", picked);
  const { errors, isSubmitting } = form.formState;
  const error = (name: keyof FrameworkCreate) =>
    errors[name]?.message ? (
      <p className="field-error" id={`${name}-error`}>
        {String(errors[name]?.message)}
      </p>
    ) : null;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const { slug, ...fields } = values;
    const { response, body } = existing
      ? await sendWithCsrf(`/api/frameworks/${existing.framework.slug}`, "PATCH", { ...fields, version })
      : await sendWithCsrf("/api/frameworks", "POST", values);
    if (response.ok && !existing) setCreated(body.slug);
    else if (response.ok) {
      setSaved(body.version);
      setVersion(body.version);
      setConflict(null);
      form.reset({ ...values, reason: "" });
      router.refresh();
    } else if (response.status === 409 && existing) setConflict(body);
    else {
      for (const issue of body.issues ?? []) form.setError(issue.path.split(/[.[]/)[0] as keyof FrameworkCreate, { message: issue.message });
      setFailure(body.error);
    }
  });

  if (created)
    return (
      <p role="status" className="saved">
        Added. <Link href={`/frameworks/${created}`}>Open the new framework</Link> to fill in its assessments, or see it on the{" "}
        <Link href="/compare">compare page</Link>.
      </p>
    );
  return (
    <form className="panel edit-form" onSubmit={submit} noValidate>
      {(
        [
          ["slug", "Slug (lower-case words joined by hyphens)"],
          ["name", "Name"],
          ["shortName", "Short name"],
        ] as const
      ).map(([name, label]) => (
        <div className="field" key={name}>
          <label htmlFor={name}>{label}</label>
          <input id={name} type="text" aria-describedby={`${name}-error`} readOnly={name === "slug" && !!existing} {...form.register(name)} />
          {name === "slug" && existing && <p className="small">A framework's slug is its address and cannot change.</p>}
          {error(name)}
        </div>
      ))}
      <div className="field">
        <label htmlFor="proposer">Proposer</label>
        <select id="proposer" {...form.register("proposer", { setValueAs: emptyToNull })}>
          <option value="">Not named in the source</option>
          {actors.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="announced">Announced (YYYY or YYYY-MM, optional)</label>
        <input id="announced" type="text" aria-describedby="announced-error" {...form.register("announced", { setValueAs: emptyToNull })} />
        {error("announced")}
      </div>
      <div className="field">
        <label htmlFor="summary">Summary</label>
        <textarea id="summary" rows={3} aria-describedby="summary-error" {...form.register("summary")} />
        {error("summary")}
      </div>
      <CitationsField
        legend="The passages the summary rests on"
        fields={citations.fields}
        remove={citations.remove}
        pickHref={pickHref}
        onPick={draft.putAside}
        restored={draft.restored}
        error={error("summaryCitations")}
      />
      <div className="field">
        <label htmlFor="reason">Reason (recorded)</label>
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
          <h2 id="conflict-heading">Someone changed this framework while you were editing</h2>
          <p>{conflict.error}. Theirs is below; keep yours by saving again, or take theirs.</p>
          <p>
            Theirs: <strong>{conflict.current.name}</strong> ({conflict.current.shortName}) — {conflict.current.summary}
          </p>
          <button type="button" onClick={() => (setVersion(conflict.current.version), setConflict(null))}>
            Keep mine (save over theirs)
          </button>{" "}
          <button
            type="button"
            onClick={() => {
              const { version: theirs, participants: _p, assessments: _a, ...values } = conflict.current;
              form.reset({ ...values, reason: "" });
              setVersion(theirs);
              setConflict(null);
            }}
          >
            Take theirs
          </button>
        </section>
      )}
      {saved !== null && (
        <p role="status" className="saved">
          Saved as version {saved}. <Link href={`/frameworks/${existing?.framework.slug}/history`}>See the history</Link>
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        {existing ? "Save the framework" : "Add the framework"}
      </button>
    </form>
  );
}
