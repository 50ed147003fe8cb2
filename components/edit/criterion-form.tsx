"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import type { Category, Criterion } from "@/lib/domain/criterion";
import { criterionTranslationsSchema } from "@/lib/domain/translations";
import { criterionWriteSchema, type CriterionWrite } from "@/lib/domain/vocabulary-write";
import { DIRECTIONS, slugSchema } from "@/lib/domain/vocabulary";
import { keepLabelledPoints, pruneTranslations, type TranslationFormValues, translationFormValues } from "@/lib/edit/translation-form";
import { localiseCategory } from "@/lib/i18n/localise-vocabulary";
import { useLanguage } from "@/components/i18n/use-language";
import { codedResolver } from "./coded-resolver";
import { FieldError } from "./field-error";
import { ReasonField, SaveOutcome, TextField } from "./form-parts";
import { TranslationFields } from "./translation-fields";
import { useSlugRecordSave } from "./use-versioned-save";

const TRANSLATED = ["name", "description"] as const;

const criterionFormSchema = criterionWriteSchema
  .extend({ slug: slugSchema, translations: z.preprocess(pruneTranslations, criterionTranslationsSchema) })
  .transform((c) => ({ ...c, translations: keepLabelledPoints(c.translations, c.scale.labels) }));
type CriterionForm = Omit<CriterionWrite, "translations"> & { slug: string; translations: TranslationFormValues };

type Props = { categories: Category[]; current: Criterion | null; version: number };

/** Add a criterion (every framework gets an empty assessment on it) or change one; a new scale may not strand recorded values. */
export function CriterionForm({ categories, current, version }: Props) {
  const t = useTranslations("editor.criterion");
  const language = useLanguage();
  const form = useForm<CriterionForm>({
    resolver: codedResolver(criterionFormSchema),
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
      translations: translationFormValues(TRANSLATED, current?.translations, true),
      version,
      reason: "",
    },
  });
  const labels = useFieldArray({ control: form.control, name: "scale.labels" });
  const fieldLabels = { name: t("name"), category: t("category"), description: t("description"), direction: t("direction"), scale: t("scale") };
  const save = useSlugRecordSave<CriterionForm, Criterion>(form, {
    kind: "criteria",
    current,
    labels: { ...fieldLabels, translations: t("translations") },
    toValues: (theirs) => ({ translations: translationFormValues(TRANSLATED, theirs.translations, true) }),
  });
  const { errors, isSubmitting } = form.formState;
  const scaleLabels = form.watch("scale.labels");
  return (
    <form className="panel edit-form" onSubmit={save.submit} noValidate>
      <TextField form={form} name="slug" label={t("slug")} readOnly={!!current} />
      <TextField form={form} name="name" label={fieldLabels.name} />
      <div className="field">
        <label htmlFor="category">{fieldLabels.category}</label>
        <select id="category" aria-describedby="category-error" {...form.register("category")}>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {localiseCategory(c, language).name}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="category" />
      </div>
      <TextField form={form} name="description" label={fieldLabels.description} rows={3} />
      <div className="field">
        <label htmlFor="direction">{fieldLabels.direction}</label>
        <select id="direction" {...form.register("direction")}>
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`directions.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field" aria-describedby="scale-error scale-labels-error">
        <legend>{fieldLabels.scale}</legend>
        <div className="scale-range">
          <label htmlFor="scale-min">{t("lowest")}</label>
          <input id="scale-min" type="number" dir="ltr" step={1} aria-describedby="scale-min-error" {...form.register("scale.min", { valueAsNumber: true })} />
          <label htmlFor="scale-max">{t("highest")}</label>
          <input id="scale-max" type="number" dir="ltr" step={1} aria-describedby="scale-max-error" {...form.register("scale.max", { valueAsNumber: true })} />
        </div>
        <FieldError errors={errors} name="scale.min" />
        <FieldError errors={errors} name="scale.max" />
        <table className="plain scale-labels">
          <thead>
            <tr>
              <th scope="col">{t("point")}</th>
              <th scope="col">{t("meaning")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {labels.fields.map((field, i) => (
              <tr key={field.id}>
                <td>
                  <input
                    type="number"
                    dir="ltr"
                    step={1}
                    aria-label={t("pointOf", { n: i + 1 })}
                    aria-describedby={`scale-labels-${i}-value-error`}
                    {...form.register(`scale.labels.${i}.value`, { valueAsNumber: true })}
                  />
                  <FieldError errors={errors} name={`scale.labels.${i}.value`} />
                </td>
                <td>
                  <input
                    type="text"
                    dir="auto"
                    aria-label={t("meaningOf", { n: i + 1 })}
                    aria-describedby={`scale-labels-${i}-label-error`}
                    {...form.register(`scale.labels.${i}.label`)}
                  />
                  <FieldError errors={errors} name={`scale.labels.${i}.label`} />
                </td>
                <td>
                  <button type="button" onClick={() => labels.remove(i)} aria-label={t("removeLabel", { n: i + 1 })}>
                    {t("remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => labels.append({ value: form.getValues("scale.max"), label: "" })}>
          {t("addLabel")}
        </button>
        <FieldError errors={errors} name="scale.labels" />
        <FieldError errors={errors} name="scale" />
      </fieldset>
      <TranslationFields
        form={form}
        fields={[
          { key: "name", label: fieldLabels.name },
          { key: "description", label: fieldLabels.description, rows: 2 },
        ]}
        scaleLabels={scaleLabels}
      />
      <ReasonField register={form.register} errors={errors} />
      <SaveOutcome what="criterion" save={save} />
      <button type="submit" disabled={isSubmitting}>
        {current ? t("save") : t("add")}
      </button>
    </form>
  );
}
