"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, type ArrayPath, type Path, type UseFormReturn } from "react-hook-form";
import type { PickSource } from "@/lib/citations/citation-href";
import type { Citation } from "@/lib/domain/citation";
import { CONFIDENCES, type Confidence } from "@/lib/domain/vocabulary";
import { CitationsField } from "./citations-field";
import { FieldError } from "./field-error";
import { ReasonField } from "./form-parts";
import { useDraftRoundTrip } from "./use-draft-round-trip";

/** What every judgement in the data carries: its rationale, how sure it is, the lines it rests on, and why it changed. */
type Evidence = { rationale: string; confidence: Confidence; citations: Citation[]; version: number; reason: string };

/** A judgement form's citations, and its draft kept across the trip to the source viewer. */
export function useEvidence<T extends Evidence>(form: UseFormReturn<T>, picked: Citation | null) {
  const citations = useFieldArray({ control: form.control, name: "citations" as ArrayPath<T> });
  const draft = useDraftRoundTrip(form, "citations" as Path<T>, picked);
  return { citations, draft };
}

type Props<T extends Evidence> = { form: UseFormReturn<T>; evidence: ReturnType<typeof useEvidence<T>>; pickHref: string; pickSources?: PickSource[] };

/** The rationale, confidence, citations and reason fields an assessment and a role share. */
export function EvidenceFields<T extends Evidence>({ form, evidence, pickHref, pickSources }: Props<T>) {
  const { errors } = form.formState;
  const t = useTranslations("editor.evidence");
  return (
    <>
      <div className="field">
        <label htmlFor="rationale">{t("rationale")}</label>
        <textarea id="rationale" rows={3} aria-describedby="rationale-error" {...form.register("rationale" as Path<T>)} />
        <FieldError errors={errors} name="rationale" />
      </div>
      <div className="field">
        <label htmlFor="confidence">{t("confidence")}</label>
        <select id="confidence" {...form.register("confidence" as Path<T>)}>
          {CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {t(`confidences.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <CitationsField
        fields={evidence.citations.fields as unknown as Array<Citation & { id: string }>}
        remove={evidence.citations.remove}
        pickHref={pickHref}
        pickSources={pickSources}
        onPick={evidence.draft.putAside}
        restored={evidence.draft.restored}
        error={<FieldError errors={errors} name="citations" />}
      />
      <ReasonField register={form.register} errors={errors} label={t("reason")} />
    </>
  );
}
