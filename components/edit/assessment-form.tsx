"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { assessmentWriteSchema, type AssessmentWrite } from "@/lib/domain/assessment-write";
import type { PickSource } from "@/lib/citations/citation-href";
import type { Citation } from "@/lib/domain/citation";
import { scalePoints, type Criterion } from "@/lib/domain/criterion";
import type { Assessment } from "@/lib/domain/framework";
import { localiseCriterion } from "@/lib/i18n/localise-vocabulary";
import { useLanguage } from "@/components/i18n/use-language";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { codedResolver } from "./coded-resolver";
import { EvidenceFields, useEvidence } from "./evidence-fields";
import { FieldError } from "./field-error";
import { SaveOutcome } from "./form-parts";
import { useVersionedSave } from "./use-versioned-save";

type Props = {
  framework: string;
  criterion: Criterion;
  current: Assessment | null;
  version: number;
  picked: Citation | null;
  pickHref: string;
  pickSources?: PickSource[];
};

const LABELLED = ["value", "rationale", "confidence", "citations", "contested", "contestedNote"] as const;

/** Edit one assessment: the API's zod schema checks the form, and the server's answers show beside their fields. */
export function AssessmentForm({ framework, criterion, current, version, picked, pickHref, pickSources }: Props) {
  const t = useTranslations("editor.assessment");
  const LABELS = Object.fromEntries(LABELLED.map((field) => [field, t(`fields.${field}`)]));
  const form = useForm<AssessmentWrite>({
    resolver: codedResolver(assessmentWriteSchema),
    defaultValues: {
      value: current?.value ?? null,
      rationale: current?.rationale ?? "",
      confidence: current?.confidence ?? "low",
      citations: current?.citations ?? [],
      contested: current?.contested ?? false,
      contestedNote: current?.contestedNote ?? null,
      version,
      reason: "",
    },
  });
  const evidence = useEvidence(form, picked);
  const save = useVersionedSave<AssessmentWrite, Assessment>(form, {
    url: `/api/frameworks/${framework}/assessments/${criterion.slug}`,
    toValues: ({ criterion: _c, ...theirs }) => ({ ...theirs, reason: form.getValues("reason") }),
    labels: LABELS,
    afterSave: evidence.draft.settle,
  });
  const { errors, isSubmitting } = form.formState;

  const points = scalePoints(criterion.scale);
  const { scale } = localiseCriterion(criterion, useLanguage());
  const numbers = useNumberFormat();

  return (
    <form className="panel edit-form" onSubmit={save.submit} noValidate>
      <div className="field">
        <label htmlFor="value">{LABELS.value}</label>
        <select
          id="value"
          aria-describedby="value-error"
          {...form.register("value", { setValueAs: (v) => (v === "" || v === null ? null : Number(v)) })}
          defaultValue={current?.value === null || current?.value === undefined ? "" : String(current.value)}
        >
          <option value="">{t("noValue")}</option>
          {points.map((p) => (
            <option key={p} value={p}>
              {numbers.value(p, scale.min)}
              {scale.labels.find((l) => l.value === p) ? `: ${scale.labels.find((l) => l.value === p)!.label}` : ""}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="value" />
      </div>
      <EvidenceFields form={form} evidence={evidence} pickHref={pickHref} pickSources={pickSources} />
      <fieldset className="field">
        <legend>{t("disagree")}</legend>
        <label>
          <input type="checkbox" {...form.register("contested")} /> {t("contested")}
        </label>
        <label htmlFor="contestedNote">{t("contestedNote")}</label>
        <textarea
          id="contestedNote"
          rows={2}
          aria-describedby="contestedNote-error"
          {...form.register("contestedNote", { setValueAs: (v) => (typeof v === "string" && v.trim() === "" ? null : v) })}
        />
        <FieldError errors={errors} name="contestedNote" />
      </fieldset>
      <SaveOutcome what="assessment" save={save} historyHref={`/frameworks/${framework}/assessments/${criterion.slug}/history`} />
      <button type="submit" disabled={isSubmitting}>
        {t("save")}
      </button>
    </form>
  );
}
