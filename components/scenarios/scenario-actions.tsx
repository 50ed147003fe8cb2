"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { type ApiIssue, codedError } from "@/components/edit/coded-error";
import { codedResolver } from "@/components/edit/coded-resolver";
import { FieldError } from "@/components/edit/field-error";
import { useFailureText } from "@/components/edit/use-issue-text";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";
import { scenarioCreateSchema, type Scenario } from "@/lib/domain/scenario";
import { scenarioQuery } from "@/lib/import/scenario-query";

const post = (url: string, body: unknown) => sendWithCsrf(url, "POST", body);

/** Copy a scenario or preset as your own. */
export function DuplicateScenario({ slug, title }: { slug: string; title: string }) {
  const t = useTranslations("scenarios");
  const isolate = useIsolate();
  const router = useRouter();
  const failure = useFailureText();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        aria-label={t("duplicateLabel", { title: isolate(title) })}
        onClick={async () => {
          const { response, body } = await post(`/api/scenarios/${slug}/duplicate`, {});
          setMessage(response.ok ? t("duplicated", { title: isolate(body.title) }) : failure(response.status, body));
          if (response.ok) router.refresh();
        }}
      >
        {t("duplicate")}
      </button>
      {message && <span role="status"> {message}</span>}
    </>
  );
}

/** What a scenario keeps of the view on screen. */
export type ViewOnScreen = Pick<Scenario, "criterionWeights" | "categoryWeights" | "valueFunctions" | "settings">;

const saveFieldsSchema = scenarioCreateSchema.pick({ title: true, rationale: true });
type SaveFields = z.infer<typeof saveFieldsSchema>;

/** Save the view on screen (weights and settings) as a named scenario; the API's schema checks the title and rationale beside their fields. */
export function SaveScenario(props: ViewOnScreen & { canSave: boolean }) {
  const { canSave, ...view } = props;
  const t = useTranslations("scenario");
  const failure = useFailureText();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<SaveFields>({ resolver: codedResolver(saveFieldsSchema), defaultValues: { title: "", rationale: "" } });
  const { errors, isSubmitting } = form.formState;
  if (!canSave) return <p className="small save-scenario">{t.rich("signIn", { link: (c) => <Link href="/login?next=%2Fcompare">{c}</Link> })}</p>;
  const submit = form.handleSubmit(async (fields) => {
    const { response, body } = await post("/api/scenarios", { ...fields, ...view });
    if (response.ok) setMessage(t("saved", { title: body.title }));
    else {
      for (const issue of (body.issues ?? []) as ApiIssue[])
        if (issue.path === "title" || issue.path === "rationale") form.setError(issue.path, codedError([issue]));
      setMessage(failure(response.status, body));
    }
  });
  return (
    <details className="save-scenario">
      <summary>{t("save")}</summary>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="scenario-title">{t("title")}</label>
          <input id="scenario-title" type="text" autoComplete="off" aria-describedby="title-error" {...form.register("title")} />
          <FieldError errors={errors} name="title" />
        </div>
        <div className="field">
          <label htmlFor="scenario-rationale">{t("rationale")}</label>
          <input id="scenario-rationale" type="text" autoComplete="off" aria-describedby="rationale-error" {...form.register("rationale")} />
          <FieldError errors={errors} name="rationale" />
        </div>
        <button type="submit" disabled={isSubmitting}>
          {t("submit")}
        </button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  );
}

/** The saved scenario a /compare view was opened from, as far as updating it needs. */
export type OpenedScenario = Pick<Scenario, "slug" | "title" | "rationale" | "version">;

/** Overwrite a saved scenario's weights and settings with the view on screen (its author; versioned); `onUpdated` gets the scenario as saved. */
export function UpdateScenario({ scenario, view, onUpdated }: { scenario: OpenedScenario; view: ViewOnScreen; onUpdated?: (saved: Scenario) => void }) {
  // The version the next update is based on: the page's, then each successful update's.
  const t = useTranslations("scenario");
  const [basis, setBasis] = useState(scenario);
  const [theirs, setTheirs] = useState<Scenario | null>(null);
  const failure = useFailureText();
  const [message, setMessage] = useState<string | null>(null);
  const update = async (on: OpenedScenario) => {
    const { response, body } = await sendWithCsrf(`/api/scenarios/${on.slug}`, "PUT", {
      title: on.title,
      rationale: on.rationale,
      ...view,
      version: on.version,
    });
    setTheirs(response.status === 409 ? body.current : null);
    if (response.ok) {
      setBasis(body);
      onUpdated?.(body);
    }
    setMessage(response.ok ? t("updated", { title: body.title, version: body.version }) : response.status === 409 ? null : failure(response.status, body));
  };
  return (
    <div className="save-scenario">
      <p className="small">{t("opened", { title: basis.title, version: basis.version })}</p>
      <button type="button" onClick={() => update(basis)}>
        {t("update", { title: basis.title })}
      </button>
      {theirs && (
        <div className="notice" role="alert">
          <p>{t("conflict", { title: theirs.title, from: basis.version, to: theirs.version })}</p>
          <button type="button" onClick={() => update(theirs)}>
            {t("keepMine", { version: theirs.version })}
          </button>{" "}
          <Link href={`/compare?${scenarioQuery(theirs)}`}>{t("takeTheirs", { version: theirs.version })}</Link>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}

/** Delete a scenario, after asking; versioned, so a scenario changed meanwhile is not deleted unseen. */
export function DeleteScenario({ slug, title, version }: Pick<Scenario, "slug" | "title" | "version">) {
  const t = useTranslations("scenarios");
  const isolate = useIsolate();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const failure = useFailureText();
  const [message, setMessage] = useState<string | null>(null);
  const remove = async () => {
    const { response, body } = await sendWithCsrf(`/api/scenarios/${slug}`, "DELETE", { version });
    setAsking(false);
    setMessage(response.ok ? null : response.status === 409 ? t("notDeleted") : failure(response.status, body));
    router.refresh();
  };
  if (!asking)
    return (
      <>
        <button type="button" aria-label={t("deleteLabel", { title: isolate(title) })} onClick={() => setAsking(true)}>
          {t("delete")}
        </button>
        {message && <span role="status"> {message}</span>}
      </>
    );
  return (
    <span role="group" aria-label={t("confirmLabel", { title: isolate(title) })}>
      {t.rich("confirm", { title, name: (c) => <bdi>{c}</bdi> })}{" "}
      <button type="button" onClick={remove}>
        {t("confirmYes")}
      </button>{" "}
      <button type="button" onClick={() => setAsking(false)}>
        {t("cancel")}
      </button>
    </span>
  );
}
