"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { codedError, issuesByField } from "@/components/edit/coded-error";
import { codedResolver } from "@/components/edit/coded-resolver";
import { FieldError } from "@/components/edit/field-error";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";
import { useRefusalText } from "@/components/edit/use-issue-text";
import { useIsolate } from "@/components/i18n/use-isolate";
import { scenarioUpdateSchema, type Scenario, type ScenarioUpdate } from "@/lib/domain/scenario";

// Every field of the view goes back as it is (an update without value functions would clear them).
const asUpdate = ({ title, rationale, criterionWeights, categoryWeights, valueFunctions, settings, version }: Scenario): ScenarioUpdate => ({
  title,
  rationale,
  criterionWeights,
  categoryWeights,
  ...(valueFunctions && { valueFunctions }),
  settings,
  version,
});

/** Rename a scenario or restate its rationale: the API's zod schema checks the form, errors show beside their fields. */
export function ScenarioEditForm({ scenario }: { scenario: Scenario }) {
  const t = useTranslations("scenarios");
  const isolate = useIsolate();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [theirs, setTheirs] = useState<Scenario | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const refusal = useRefusalText();
  const form = useForm<ScenarioUpdate>({ resolver: codedResolver(scenarioUpdateSchema), defaultValues: asUpdate(scenario) });
  const { errors, isSubmitting, dirtyFields } = form.formState;
  const id = (field: string) => `scenario-${scenario.slug}-${field}`;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const { response, body } = await sendWithCsrf(`/api/scenarios/${scenario.slug}`, "PUT", values);
    setTheirs(response.status === 409 ? body.current : null);
    if (response.ok) {
      form.reset(asUpdate(body));
      setSaved(body.version);
      setOpen(false);
      router.refresh();
    } else if (response.status !== 409) {
      // Errors show beside the field they belong to; the weights and settings have none here, and the notice says what was refused.
      for (const [field, issues] of issuesByField(body.issues ?? [])) form.setError(field as keyof ScenarioUpdate, codedError(issues));
      setFailure(refusal(response.status, body));
    }
  });
  // Keeping mine saves the fields I changed on top of theirs (their other field, weights and version).
  const keepMine = (current: Scenario) => {
    const mine = form.getValues();
    form.reset(
      { ...asUpdate(current), ...(dirtyFields.title && { title: mine.title }), ...(dirtyFields.rationale && { rationale: mine.rationale }) },
      { keepDirty: true },
    );
    return submit();
  };
  const takeTheirs = (current: Scenario) => {
    form.reset(asUpdate(current));
    setTheirs(null);
    router.refresh();
  };

  const error = (field: "title" | "rationale") => <FieldError errors={errors} name={field} id={id(`${field}-error`)} />;

  if (!open)
    return (
      <>
        <button type="button" aria-label={t("editLabel", { title: isolate(scenario.title) })} onClick={() => (setOpen(true), setSaved(null))}>
          {t("edit")}
        </button>
        {saved !== null && (
          <span role="status" className="saved">
            {t("savedVersion", { version: saved })}
          </span>
        )}
      </>
    );
  return (
    <form className="edit-form" onSubmit={submit} noValidate aria-label={t("editLabel", { title: isolate(scenario.title) })}>
      <p className="small">{t("editing", { version: form.watch("version") })}</p>
      <div className="field">
        <label htmlFor={id("title")}>{t("titleField")}</label>
        <input id={id("title")} type="text" aria-describedby={id("title-error")} {...form.register("title")} />
        {error("title")}
      </div>
      <div className="field">
        <label htmlFor={id("rationale")}>{t("rationaleField")}</label>
        <textarea id={id("rationale")} rows={3} aria-describedby={id("rationale-error")} {...form.register("rationale")} />
        {error("rationale")}
      </div>
      {failure && (
        <p className="notice" role="alert">
          {t("notSaved", { failure })}
        </p>
      )}
      {theirs && (
        <section className="notice" role="alert" aria-label={t("changedMeanwhile")}>
          <p>
            {t.rich("conflict", {
              version: theirs.version,
              title: theirs.title,
              rationale: theirs.rationale,
              strong: (c) => <strong dir="auto">{c}</strong>,
              text: (c) => <bdi>{c}</bdi>,
            })}
          </p>
          <button type="button" onClick={() => keepMine(theirs)}>
            {t("keepMine")}
          </button>{" "}
          <button type="button" onClick={() => takeTheirs(theirs)}>
            {t("takeTheirs")}
          </button>
        </section>
      )}
      <p>
        <button type="submit" disabled={isSubmitting}>
          {t("save")}
        </button>{" "}
        <button type="button" onClick={() => (form.reset(), setTheirs(null), setFailure(null), setOpen(false))}>
          {t("cancel")}
        </button>
      </p>
    </form>
  );
}
