"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { frameworkCreateSchema, type FrameworkCreate } from "@/lib/domain/framework-write";
import type { Citation } from "@/lib/domain/citation";
import { citationLabel } from "@/lib/citations/citation-href";
import { sendWithCsrf } from "./send-with-csrf";

type Props = { actors: Array<{ slug: string; name: string }>; picked: Citation | null; pickHref: string };

/** Add a framework: its summary must cite the source; its assessments start empty, to fill in one by one. */
export function FrameworkForm({ actors, picked, pickHref }: Props) {
  const [created, setCreated] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<FrameworkCreate>({
    resolver: zodResolver(frameworkCreateSchema),
    defaultValues: { slug: "", name: "", shortName: "", proposer: null, announced: null, summary: "", summaryCitations: picked ? [picked] : [], reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const error = (name: keyof FrameworkCreate) =>
    errors[name]?.message ? (
      <p className="field-error" id={`${name}-error`}>
        {String(errors[name]?.message)}
      </p>
    ) : null;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const { response, body } = await sendWithCsrf("/api/frameworks", "POST", values);
    if (response.ok) setCreated(body.slug);
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
      <fieldset className="field">
        <legend>The passage the summary rests on</legend>
        {picked ? (
          <blockquote className="quote">
            “{picked.quote}”<footer>
              {picked.document}, {citationLabel(picked)}
            </footer>
          </blockquote>
        ) : (
          <p className="missing">Pick it first: the rest of the form starts empty when you come back.</p>
        )}
        <Link href={pickHref}>{picked ? "Pick other lines" : "Pick lines in the source viewer"}</Link>
        {error("summaryCitations")}
      </fieldset>
      {(
        [
          ["slug", "Slug (lower-case words joined by hyphens)"],
          ["name", "Name"],
          ["shortName", "Short name"],
        ] as const
      ).map(([name, label]) => (
        <div className="field" key={name}>
          <label htmlFor={name}>{label}</label>
          <input id={name} type="text" aria-describedby={`${name}-error`} {...form.register(name)} />
          {error(name)}
        </div>
      ))}
      <div className="field">
        <label htmlFor="proposer">Proposer</label>
        <select id="proposer" {...form.register("proposer", { setValueAs: (v) => (v === "" ? null : v) })}>
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
        <input id="announced" type="text" aria-describedby="announced-error" {...form.register("announced", { setValueAs: (v) => (v === "" ? null : v) })} />
        {error("announced")}
      </div>
      <div className="field">
        <label htmlFor="summary">Summary</label>
        <textarea id="summary" rows={3} aria-describedby="summary-error" {...form.register("summary")} />
        {error("summary")}
      </div>
      <div className="field">
        <label htmlFor="reason">Reason (recorded)</label>
        <input id="reason" type="text" aria-describedby="reason-error" {...form.register("reason")} />
        {error("reason")}
      </div>
      {failure && (
        <p className="notice" role="alert">
          Not added: {failure}
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        Add the framework
      </button>
    </form>
  );
}
