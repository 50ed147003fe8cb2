"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";
import { scenarioUpdateSchema, type Scenario, type ScenarioUpdate } from "@/lib/domain/scenario";
import { describeFailure } from "./scenario-actions";

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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [theirs, setTheirs] = useState<Scenario | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const form = useForm<ScenarioUpdate>({ resolver: zodResolver(scenarioUpdateSchema), defaultValues: asUpdate(scenario) });
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
      for (const issue of body.issues ?? []) form.setError(issue.path.split(/[.[]/)[0] as keyof ScenarioUpdate, { message: issue.message });
      setFailure(describeFailure(body));
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

  const error = (field: "title" | "rationale") =>
    errors[field]?.message ? (
      <p className="field-error" id={id(`${field}-error`)}>
        {errors[field].message}
      </p>
    ) : null;

  if (!open)
    return (
      <>
        <button type="button" aria-label={`Edit ${scenario.title}`} onClick={() => (setOpen(true), setSaved(null))}>
          Edit
        </button>
        {saved !== null && (
          <span role="status" className="saved">
            Saved as version {saved}.
          </span>
        )}
      </>
    );
  return (
    <form className="edit-form" onSubmit={submit} noValidate aria-label={`Edit ${scenario.title}`}>
      <p className="small">Editing version {form.watch("version")}.</p>
      <div className="field">
        <label htmlFor={id("title")}>Title</label>
        <input id={id("title")} type="text" aria-describedby={id("title-error")} {...form.register("title")} />
        {error("title")}
      </div>
      <div className="field">
        <label htmlFor={id("rationale")}>What it weighs, and why</label>
        <textarea id={id("rationale")} rows={3} aria-describedby={id("rationale-error")} {...form.register("rationale")} />
        {error("rationale")}
      </div>
      {failure && (
        <p className="notice" role="alert">
          Not saved: {failure}
        </p>
      )}
      {theirs && (
        <section className="notice" role="alert" aria-label="Changed meanwhile">
          <p>
            Someone changed this scenario while you were editing: it is now at version {theirs.version}. Theirs: <strong>{theirs.title}</strong> —{" "}
            {theirs.rationale}
          </p>
          <button type="button" onClick={() => keepMine(theirs)}>
            Keep my changes (on top of theirs)
          </button>{" "}
          <button type="button" onClick={() => takeTheirs(theirs)}>
            Take theirs
          </button>
        </section>
      )}
      <p>
        <button type="submit" disabled={isSubmitting}>
          Save
        </button>{" "}
        <button type="button" onClick={() => (form.reset(), setTheirs(null), setFailure(null), setOpen(false))}>
          Cancel
        </button>
      </p>
    </form>
  );
}
