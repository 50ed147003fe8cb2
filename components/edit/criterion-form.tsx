"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import type { Category, Criterion } from "@/lib/domain/criterion";
import { criterionWriteSchema, type CriterionWrite } from "@/lib/domain/vocabulary-write";
import { DIRECTIONS, slugSchema } from "@/lib/domain/vocabulary";
import { FieldError } from "./field-error";
import { ReasonField, SaveOutcome, TextField } from "./form-parts";
import { useSlugRecordSave } from "./use-versioned-save";

const criterionFormSchema = criterionWriteSchema.extend({ slug: slugSchema });
type CriterionForm = CriterionWrite & { slug: string };

type Props = { categories: Category[]; current: Criterion | null; version: number };

const DIRECTION_LABELS = { benefit: "benefit: higher is better", cost: "cost: lower is better" } as const;

/** Add a criterion (every framework gets an empty assessment on it) or change one; a new scale may not strand recorded values. */
export function CriterionForm({ categories, current, version }: Props) {
  const form = useForm<CriterionForm>({
    resolver: zodResolver(criterionFormSchema),
    defaultValues: {
      slug: current?.slug ?? "",
      name: current?.name ?? "",
      category: current?.category ?? categories[0]?.slug ?? "",
      description: current?.description ?? "",
      direction: current?.direction ?? "benefit",
      scale: current?.scale ?? {
        min: 0,
        max: 2,
        labels: [
          { value: 0, label: "" },
          { value: 2, label: "" },
        ],
      },
      version,
      reason: "",
    },
  });
  const labels = useFieldArray({ control: form.control, name: "scale.labels" });
  const save = useSlugRecordSave<CriterionForm, Criterion>(form, {
    kind: "criteria",
    current,
    labels: { name: "Name", category: "Category", description: "What it measures", direction: "Direction", scale: "Scale" },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="panel edit-form" onSubmit={save.submit} noValidate>
      <TextField form={form} name="slug" label="Slug (lower-case words joined by hyphens)" readOnly={!!current} />
      <TextField form={form} name="name" label="Name" />
      <div className="field">
        <label htmlFor="category">Category</label>
        <select id="category" aria-describedby="category-error" {...form.register("category")}>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="category" />
      </div>
      <TextField form={form} name="description" label="What it measures" rows={3} />
      <div className="field">
        <label htmlFor="direction">Direction</label>
        <select id="direction" {...form.register("direction")}>
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {DIRECTION_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field" aria-describedby="scale-error scale-labels-error">
        <legend>Scale</legend>
        <div className="scale-range">
          <label htmlFor="scale-min">Lowest point</label>
          <input id="scale-min" type="number" step={1} aria-describedby="scale-min-error" {...form.register("scale.min", { valueAsNumber: true })} />
          <label htmlFor="scale-max">Highest point</label>
          <input id="scale-max" type="number" step={1} aria-describedby="scale-max-error" {...form.register("scale.max", { valueAsNumber: true })} />
        </div>
        <FieldError errors={errors} name="scale.min" />
        <FieldError errors={errors} name="scale.max" />
        <table className="plain scale-labels">
          <thead>
            <tr>
              <th scope="col">Point</th>
              <th scope="col">What it means</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {labels.fields.map((field, i) => (
              <tr key={field.id}>
                <td>
                  <input
                    type="number"
                    step={1}
                    aria-label={`Point of label ${i + 1}`}
                    aria-describedby={`scale-labels-${i}-value-error`}
                    {...form.register(`scale.labels.${i}.value`, { valueAsNumber: true })}
                  />
                  <FieldError errors={errors} name={`scale.labels.${i}.value`} />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`Meaning of label ${i + 1}`}
                    aria-describedby={`scale-labels-${i}-label-error`}
                    {...form.register(`scale.labels.${i}.label`)}
                  />
                  <FieldError errors={errors} name={`scale.labels.${i}.label`} />
                </td>
                <td>
                  <button type="button" onClick={() => labels.remove(i)} aria-label={`Remove label ${i + 1}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => labels.append({ value: form.getValues("scale.max"), label: "" })}>
          Add a label
        </button>
        <FieldError errors={errors} name="scale.labels" />
        <FieldError errors={errors} name="scale" />
      </fieldset>
      <ReasonField register={form.register} errors={errors} />
      <SaveOutcome what="criterion" save={save} />
      <button type="submit" disabled={isSubmitting}>
        {current ? "Save the criterion" : "Add the criterion"}
      </button>
    </form>
  );
}
