"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "@/components/i18n/link";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import type { PickSource } from "@/lib/citations/citation-href";
import type { Citation } from "@/lib/domain/citation";
import type { Framework } from "@/lib/domain/framework";
import { factProblems } from "@/lib/domain/framework-facts";
import { frameworkCreateObjectSchema, type FrameworkCreate } from "@/lib/domain/framework-write";
import { CONFIDENCE_LABELS, STATUS_DESCRIPTIONS, STATUS_LABELS } from "@/lib/domain/labels";
import { FRAMEWORK_STATUSES, frameworkStatusSchema } from "@/lib/domain/vocabulary";
import { factsFromText, factsTextSchemas, factsToText, type FactsText } from "@/lib/edit/framework-facts-text";
import { CitationsField } from "./citations-field";
import { FieldError } from "./field-error";
import { ReasonField, SaveOutcome, TextField } from "./form-parts";
import { useDraftRoundTrip } from "./use-draft-round-trip";
import { useVersionedSave } from "./use-versioned-save";

type Props = {
  actors: Array<{ slug: string; name: string }>;
  picked: Citation | null;
  pickHref: string;
  pickSources?: PickSource[];
  /** The framework to change, with its version; absent to add a new one. */
  existing?: { framework: Framework; version: number };
};

const frameworkFormSchema = frameworkCreateObjectSchema
  .extend({ status: frameworkStatusSchema.nullable(), ...factsTextSchemas, version: z.number().int().min(0) })
  .superRefine((f, ctx) => {
    const facts = { status: f.status, announced: f.announced, ...factsFromText(f) };
    for (const p of factProblems(facts)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
  });
type FrameworkFormValues = Omit<FrameworkCreate, keyof FactsText> & FactsText & { version: number };
/** The API's body from the form's values: the text fields read back into their structures. */
const toApi = <T extends FactsText>({ statusEvidence, announcedCitations, lineage, aliases, ...rest }: T) => ({
  ...rest,
  ...factsFromText({ statusEvidence, announcedCitations, lineage, aliases }),
});

const LABELS = {
  name: "Name",
  shortName: "Short name",
  proposer: "Proposer",
  announced: "Announced",
  summary: "Summary",
  summaryCitations: "Citations",
  status: "Status",
  statusEvidence: "Status evidence",
  announcedCitations: "Date citations",
  lineage: "Lineage",
  aliases: "Aliases",
} as const;

const emptyToNull = (v: unknown) => (v === "" ? null : v);

/**
 * Add a framework (its summary must cite the source; its assessments start empty) or change
 * one: both check the same zod schema as the API; a change is versioned and recorded.
 */
export function FrameworkForm({ actors, picked, pickHref, pickSources, existing }: Props) {
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
      status: f?.status ?? null,
      ...factsToText(f ?? { statusEvidence: null, announcedCitations: [], lineage: [], aliases: [] }),
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
          toBody: ({ slug: _slug, ...patch }) => toApi(patch),
          toValues: ({ participants: _p, assessments: _a, ...theirs }) => ({ ...theirs, ...factsToText(theirs), reason: form.getValues("reason") }),
          labels: LABELS,
          afterSave: draft.settle,
        }
      : {
          url: "/api/frameworks",
          method: "POST",
          creating: true,
          toBody: ({ version: _version, ...body }) => toApi(body),
          toValues: ({ participants: _p, assessments: _a, ...theirs }) => ({ ...theirs, ...factsToText(theirs), reason: "" }),
          labels: LABELS,
          afterSave: draft.settle,
          onSaved: (body) => setCreated(body.slug),
        },
  );
  const { errors, isSubmitting } = form.formState;
  const error = (name: keyof FrameworkFormValues) => <FieldError errors={errors} name={name} />;

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
        <label htmlFor="announced">Announced (YYYY, YYYY-MM or YYYY-MM-DD, as exact as the source; optional)</label>
        <input id="announced" type="text" aria-describedby="announced-error" {...form.register("announced", { setValueAs: emptyToNull })} />
        {error("announced")}
      </div>
      <TextField form={form} name="summary" label="Summary" rows={3} />
      <CitationsField
        legend="The passages the summary rests on"
        fields={citations.fields}
        remove={citations.remove}
        pickHref={pickHref}
        pickSources={pickSources}
        onPick={draft.putAside}
        restored={draft.restored}
        error={error("summaryCitations")}
      />
      <fieldset className="field">
        <legend>Status, history and other names</legend>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" aria-describedby="status-error" {...form.register("status", { setValueAs: emptyToNull })}>
            <option value="">Not stated</option>
            {FRAMEWORK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}: {STATUS_DESCRIPTIONS[s]}
              </option>
            ))}
          </select>
          {error("status")}
        </div>
        <TextField
          form={form}
          name="statusEvidence"
          label="Status evidence (JSON)"
          rows={6}
          hint={`{ "rationale": "...", "confidence": "high" | "medium" | "low", "citations": [{ "document", "lineStart", "lineEnd", "quote" }] }; empty without a status. ${Object.values(CONFIDENCE_LABELS).join("; ")}.`}
        />
        <TextField form={form} name="announcedCitations" label="Citations of the date (JSON list, optional)" rows={4} />
        <TextField
          form={form}
          name="lineage"
          label="Lineage (JSON list, optional)"
          rows={6}
          hint='Earlier initiatives it continues: [{ "date": "2007" (or "1990s", "2019-07", "2019-07-23"), "text": "...", "citations": [...] }]'
        />
        <TextField form={form} name="aliases" label="Aliases (one per line)" rows={3} hint="Other names it goes by; search finds it by any of them." />
      </fieldset>
      <ReasonField register={form.register} errors={errors} />
      <SaveOutcome what="framework" save={save} historyHref={existing && `/frameworks/${existing.framework.slug}/history`} />
      <button type="submit" disabled={isSubmitting}>
        {existing ? "Save the framework" : "Add the framework"}
      </button>
    </form>
  );
}
