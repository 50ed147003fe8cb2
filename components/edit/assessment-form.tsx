"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { assessmentWriteSchema, type AssessmentWrite } from "@/lib/domain/assessment-write";
import type { Citation } from "@/lib/domain/citation";
import { scalePoints, type Criterion } from "@/lib/domain/criterion";
import type { Assessment } from "@/lib/domain/framework";
import { formatValue } from "@/lib/domain/labels";
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
};

const LABELS = { value: "Value", rationale: "Rationale", confidence: "Confidence", citations: "Citations" } as const;

/** Edit one assessment: the API's zod schema checks the form, and the server's answers show beside their fields. */
export function AssessmentForm({ framework, criterion, current, version, picked, pickHref }: Props) {
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
  const evidence = useEvidence(form, picked);
  const save = useVersionedSave<AssessmentWrite, Assessment>(form, {
    url: `/api/frameworks/${framework}/assessments/${criterion.slug}`,
    toValues: ({ criterion: _c, ...theirs }) => ({ ...theirs, reason: form.getValues("reason") }),
    labels: LABELS,
    afterSave: evidence.draft.settle,
  });
  const { errors, isSubmitting } = form.formState;

  const points = scalePoints(criterion.scale);

  return (
    <form className="panel edit-form" onSubmit={save.submit} noValidate>
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
        <FieldError errors={errors} name="value" />
      </div>
      <EvidenceFields form={form} evidence={evidence} pickHref={pickHref} />
      <SaveOutcome what="assessment" save={save} historyHref={`/frameworks/${framework}/assessments/${criterion.slug}/history`} />
      <button type="submit" disabled={isSubmitting}>
        Save
      </button>
    </form>
  );
}
