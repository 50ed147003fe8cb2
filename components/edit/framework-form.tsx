"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import type { Citation } from "@/lib/domain/citation";
import type { Framework } from "@/lib/domain/framework";
import { frameworkCreateSchema, type FrameworkCreate } from "@/lib/domain/framework-write";
import { CitationsField } from "./citations-field";
import { FieldError } from "./field-error";
import { ReasonField, SaveOutcome, TextField } from "./form-parts";
import { useDraftRoundTrip } from "./use-draft-round-trip";
import { useVersionedSave } from "./use-versioned-save";

type Props = {
  actors: Array<{ slug: string; name: string }>;
  picked: Citation | null;
  pickHref: string;
  /** The framework to change, with its version; absent to add a new one. */
  existing?: { framework: Framework; version: number };
};

const frameworkFormSchema = frameworkCreateSchema.extend({ version: z.number().int().min(0) });
type FrameworkFormValues = FrameworkCreate & { version: number };

const LABELS = {
  name: "Name",
  shortName: "Short name",
  proposer: "Proposer",
  announced: "Announced",
  summary: "Summary",
  summaryCitations: "Citations",
} as const;

const emptyToNull = (v: unknown) => (v === "" ? null : v);

/**
 * Add a framework (its summary must cite the source; its assessments start empty) or change
 * one: both check the same zod schema as the API; a change is versioned and recorded.
 */
export function FrameworkForm({ actors, picked, pickHref, existing }: Props) {
  const [created, setCreated] = useState<string | null>(null);
  const f = existing?.framework;
  const form = useForm<FrameworkFormValues>({
    resolver: zodResolver(frameworkFormSchema),
    defaultValues: {
      slug: f?.slug ?? "",
      name: f?.name ?? "",
      shortName: f?.shortName ?? "",
      proposer: f?.proposer ?? null,
      announced: f?.announced ?? null,
      summary: f?.summary ?? "",
      summaryCitations: f?.summaryCitations ?? [],
      version: existing?.version ?? 0,
      reason: "",
    },
  });
  const citations = useFieldArray({ control: form.control, name: "summaryCitations" });
  const draft = useDraftRoundTrip(form, "summaryCitations", picked);
  const save = useVersionedSave<FrameworkFormValues, Framework>(
    form,
    existing
      ? {
          url: `/api/frameworks/${existing.framework.slug}`,
          method: "PATCH",
          toBody: ({ slug: _slug, ...patch }) => patch,
          toValues: ({ participants: _p, assessments: _a, ...theirs }) => ({ ...theirs, reason: form.getValues("reason") }),
          labels: LABELS,
          afterSave: draft.settle,
        }
      : {
          url: "/api/frameworks",
          method: "POST",
          creating: true,
          toBody: ({ version: _version, ...body }) => body,
          toValues: ({ participants: _p, assessments: _a, ...theirs }) => ({ ...theirs, reason: "" }),
          labels: LABELS,
          afterSave: draft.settle,
          onSaved: (body) => setCreated(body.slug),
        },
  );
  const { errors, isSubmitting } = form.formState;
  const error = (name: keyof FrameworkCreate) => <FieldError errors={errors} name={name} />;

  if (created)
    return (
      <p role="status" className="saved">
        Added. <Link href={`/frameworks/${created}`}>Open the new framework</Link> to fill in its assessments, or see it on the{" "}
        <Link href="/compare">compare page</Link>.
      </p>
    );
  return (
    <form className="panel edit-form" onSubmit={save.submit} noValidate>
      <TextField
        form={form}
        name="slug"
        label="Slug (lower-case words joined by hyphens)"
        readOnly={!!existing}
        hint={existing && "A framework's slug is its address and cannot change."}
      />
      <TextField form={form} name="name" label="Name" />
      <TextField form={form} name="shortName" label="Short name" />
      <div className="field">
        <label htmlFor="proposer">Proposer</label>
        <select id="proposer" aria-describedby="proposer-error" {...form.register("proposer", { setValueAs: emptyToNull })}>
          <option value="">Not named in the source</option>
          {actors.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
        {error("proposer")}
      </div>
      <div className="field">
        <label htmlFor="announced">Announced (YYYY or YYYY-MM, optional)</label>
        <input id="announced" type="text" aria-describedby="announced-error" {...form.register("announced", { setValueAs: emptyToNull })} />
        {error("announced")}
      </div>
      <TextField form={form} name="summary" label="Summary" rows={3} />
      <CitationsField
        legend="The passages the summary rests on"
        fields={citations.fields}
        remove={citations.remove}
        pickHref={pickHref}
        onPick={draft.putAside}
        restored={draft.restored}
        error={error("summaryCitations")}
      />
      <ReasonField register={form.register} errors={errors} />
      <SaveOutcome what="framework" save={save} historyHref={existing && `/frameworks/${existing.framework.slug}/history`} />
      <button type="submit" disabled={isSubmitting}>
        {existing ? "Save the framework" : "Add the framework"}
      </button>
    </form>
  );
}
