"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import type { PickSource } from "@/lib/citations/citation-href";
import type { Citation } from "@/lib/domain/citation";
import type { Framework } from "@/lib/domain/framework";
import { factProblems } from "@/lib/domain/framework-facts";
import { frameworkCreateObjectSchema, type FrameworkCreate } from "@/lib/domain/framework-write";
import { type AnyTranslations, frameworkTranslationsSchema } from "@/lib/domain/translations";
import { sortByName } from "@/lib/i18n/collate";
import { localiseActor } from "@/lib/i18n/localise-vocabulary";
import { useLanguage } from "@/components/i18n/use-language";
import { FRAMEWORK_STATUSES, frameworkStatusSchema } from "@/lib/domain/vocabulary";
import { pruneTranslations, type TranslationFormValues, translationFormValues } from "@/lib/edit/translation-form";
import { factsFromText, factsTextSchemas, factsToText, type FactsText } from "@/lib/edit/framework-facts-text";
import { CitationsField } from "./citations-field";
import { codedResolver } from "./coded-resolver";
import { FieldError } from "./field-error";
import { ReasonField, SaveOutcome, TextField } from "./form-parts";
import { TranslationFields } from "./translation-fields";
import { useDraftRoundTrip } from "./use-draft-round-trip";
import { useVersionedSave } from "./use-versioned-save";

type Props = {
  actors: Array<{ slug: string; name: string; translations?: AnyTranslations }>;
  picked: Citation | null;
  pickHref: string;
  pickSources?: PickSource[];
  /** The framework to change, with its version; absent to add a new one. */
  existing?: { framework: Framework; version: number };
};

const frameworkFormSchema = frameworkCreateObjectSchema
  .extend({
    status: frameworkStatusSchema.nullable(),
    ...factsTextSchemas,
    translations: z.preprocess(pruneTranslations, frameworkTranslationsSchema),
    version: z.number().int().min(0),
  })
  .superRefine((f, ctx) => {
    const facts = { status: f.status, announced: f.announced, ...factsFromText(f) };
    for (const p of factProblems(facts)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
  });
type FrameworkFormValues = Omit<FrameworkCreate, keyof FactsText | "translations"> & FactsText & { version: number; translations: TranslationFormValues };
const TRANSLATED = ["name", "shortName", "summary"] as const;
/** The API's body from the form's values: the text fields read back into their structures. */
const toApi = <T extends FactsText>({ statusEvidence, announcedCitations, lineage, aliases, ...rest }: T) => ({
  ...rest,
  ...factsFromText({ statusEvidence, announcedCitations, lineage, aliases }),
});

const LABELLED = [
  "name",
  "shortName",
  "proposer",
  "announced",
  "summary",
  "summaryCitations",
  "status",
  "statusEvidence",
  "announcedCitations",
  "lineage",
  "aliases",
  "translations",
] as const;

const emptyToNull = (v: unknown) => (v === "" ? null : v);

/**
 * Add a framework (its summary must cite the source; its assessments start empty) or change
 * one: both check the same zod schema as the API; a change is versioned and recorded.
 */
export function FrameworkForm({ actors, picked, pickHref, pickSources, existing }: Props) {
  const t = useTranslations("editor.framework");
  const tStatuses = useTranslations("statuses");
  const language = useLanguage();
  // The proposers by their names in the page's language, in its alphabetical order.
  const proposers = sortByName(
    actors.map((a) => ({ slug: a.slug, name: localiseActor(a, language).name })),
    (a) => a.name,
    language,
  );
  const LABELS = Object.fromEntries(LABELLED.map((field) => [field, t(`fields.${field}`)])) as Record<(typeof LABELLED)[number], string>;
  const [created, setCreated] = useState<string | null>(null);
  const f = existing?.framework;
  const form = useForm<FrameworkFormValues>({
    resolver: codedResolver(frameworkFormSchema),
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
      translations: translationFormValues(TRANSLATED, f?.translations),
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
          toValues: ({ participants: _p, assessments: _a, ...theirs }) => ({
            ...theirs,
            ...factsToText(theirs),
            translations: translationFormValues(TRANSLATED, theirs.translations),
            reason: form.getValues("reason"),
          }),
          labels: LABELS,
          afterSave: draft.settle,
        }
      : {
          url: "/api/frameworks",
          method: "POST",
          creating: true,
          toBody: ({ version: _version, ...body }) => toApi(body),
          toValues: ({ participants: _p, assessments: _a, ...theirs }) => ({
            ...theirs,
            ...factsToText(theirs),
            translations: translationFormValues(TRANSLATED, theirs.translations),
            reason: "",
          }),
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
        {t.rich("added", {
          open: (chunks) => <Link href={`/frameworks/${created}`}>{chunks}</Link>,
          compare: (chunks) => <Link href="/compare">{chunks}</Link>,
        })}
      </p>
    );
  return (
    <form className="panel edit-form" onSubmit={save.submit} noValidate>
      <TextField form={form} name="slug" label={t("slug")} readOnly={!!existing} hint={existing && t("slugFixed")} />
      <TextField form={form} name="name" label={LABELS.name} />
      <TextField form={form} name="shortName" label={LABELS.shortName} />
      <div className="field">
        <label htmlFor="proposer">{LABELS.proposer}</label>
        <select id="proposer" aria-describedby="proposer-error" {...form.register("proposer", { setValueAs: emptyToNull })}>
          <option value="">{t("proposerUnknown")}</option>
          {proposers.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
        {error("proposer")}
      </div>
      <div className="field">
        <label htmlFor="announced">{t("announced")}</label>
        <input id="announced" type="text" aria-describedby="announced-error" {...form.register("announced", { setValueAs: emptyToNull })} />
        {error("announced")}
      </div>
      <TextField form={form} name="summary" label={LABELS.summary} rows={3} />
      <CitationsField
        legend={t("summaryCitations")}
        id="summary-citations"
        fields={citations.fields}
        remove={citations.remove}
        pickHref={pickHref}
        pickSources={pickSources}
        onPick={draft.putAside}
        restored={draft.restored}
        error={error("summaryCitations")}
      />
      <fieldset className="field">
        <legend>{t("facts")}</legend>
        <div className="field">
          <label htmlFor="status">{LABELS.status}</label>
          <select id="status" aria-describedby="status-error" {...form.register("status", { setValueAs: emptyToNull })}>
            <option value="">{t("statusUnknown")}</option>
            {FRAMEWORK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t("statusOption", { label: tStatuses(`${s}.label`), description: tStatuses(`${s}.description`) })}
              </option>
            ))}
          </select>
          {error("status")}
        </div>
        <TextField
          form={form}
          name="statusEvidence"
          label={t("statusEvidence")}
          rows={6}
          hint={t.rich("statusEvidenceHint", {
            code: (chunks) => <code dir="ltr">{chunks}</code>,
            shape: '{ "rationale": "...", "confidence": "high" | "medium" | "low", "citations": [{ "document", "lineStart", "lineEnd", "quote" }] }',
          })}
        />
        <TextField form={form} name="announcedCitations" label={t("announcedCitations")} rows={4} />
        <TextField
          form={form}
          name="lineage"
          label={t("lineage")}
          rows={6}
          hint={t.rich("lineageHint", {
            code: (chunks) => <code dir="ltr">{chunks}</code>,
            shape: '[{ "date": "2007" (or "1990s", "2019-07", "2019-07-23"), "text": "...", "citations": [...] }]',
          })}
        />
        <TextField form={form} name="aliases" label={t("aliases")} rows={3} hint={t("aliasesHint")} />
      </fieldset>
      <TranslationFields
        form={form}
        fields={[
          { key: "name", label: LABELS.name },
          { key: "shortName", label: LABELS.shortName },
          { key: "summary", label: LABELS.summary, rows: 3 },
        ]}
      />
      <ReasonField register={form.register} errors={errors} />
      <SaveOutcome what="framework" save={save} historyHref={existing && `/frameworks/${existing.framework.slug}/history`} />
      <button type="submit" disabled={isSubmitting}>
        {existing ? t("save") : t("add")}
      </button>
    </form>
  );
}
