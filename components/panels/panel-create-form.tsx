"use client";

import Link from "@/components/i18n/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { type UseFormRegisterReturn, useForm } from "react-hook-form";
import { codedResolver } from "@/components/edit/coded-resolver";
import { FieldError } from "@/components/edit/field-error";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";
import { useFieldRefusal } from "@/components/edit/use-field-refusal";
import { useFailureText } from "@/components/edit/use-issue-text";
import { labelLines, type PanelForm, panelCreateBody, panelFormSchema } from "@/lib/edit/panel-forms";
import { InvitationList } from "./invitation-list";

type Invitation = { label: string; url: string; token: string };
type Choice = { slug: string; name: string };

/** The fields a refusal of POST /api/panels or of its invitations may name, each shown beside its field. */
const FIELDS = ["title", "question", "frameworks", "criteria", "closesAt", "labels"] as const;

/**
 * An editor sets up a panel and one personal link per participant; the links are shown once, to
 * be sent on. The form keeps what was typed when the API refuses it, each issue beside its field.
 */
export function PanelCreateForm({ frameworks, criteria }: { frameworks: Choice[]; criteria: Choice[] }) {
  const t = useTranslations("panels");
  const form = useForm<PanelForm>({
    resolver: codedResolver(panelFormSchema),
    defaultValues: {
      title: "",
      question: "",
      elicitation: "direct",
      aggregation: "arithmetic",
      anonymous: false,
      frameworks: frameworks.map((f) => f.slug),
      criteria: criteria.map((c) => c.slug),
      closesAt: "",
      labels: "",
    },
  });
  const refused = useFieldRefusal(form, FIELDS);
  const failure = useFailureText();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ slug: string; invitations: Invitation[]; error?: string } | null>(null);
  const { errors, isSubmitting } = form.formState;

  const create = form.handleSubmit(
    async (values) => {
      setError(null);
      const all = { frameworks: frameworks.map((f) => f.slug), criteria: criteria.map((c) => c.slug) };
      const panel = await sendWithCsrf("/api/panels", "POST", panelCreateBody(values, all));
      if (!panel.response.ok) return setError(refused(panel.response.status, panel.body));
      const slug = panel.body.slug as string;
      const labels = labelLines(values.labels);
      if (labels.length === 0) return setCreated({ slug, invitations: [] });
      const invited = await sendWithCsrf(`/api/panels/${slug}/invitations`, "POST", { labels });
      // The panel exists: sending the form again would make a second one, so its page (where links are made too) takes over.
      if (!invited.response.ok)
        return setCreated({ slug, invitations: [], error: t("linksNotMade", { failure: failure(invited.response.status, invited.body) }) });
      setCreated({ slug, invitations: invited.body.invitations });
    },
    () => setError(null),
  );

  if (created)
    return (
      <section aria-labelledby="panel-links">
        <h2 id="panel-links">{t("created")}</h2>
        {created.error ? <p role="alert">{created.error}</p> : <p role="status">{t("sendEachParticipant")}</p>}
        <InvitationList slug={created.slug} invitations={created.invitations} />
        <p>
          <Link href={`/panels/${created.slug}`}>{t("seeResult")}</Link>
        </p>
      </section>
    );

  const fieldError = (name: (typeof FIELDS)[number]) => <FieldError errors={errors} name={name} id={`panel-${name}-error`} />;
  return (
    <form onSubmit={create} className="panel-create" noValidate>
      <h2>{t("newPanel")}</h2>
      <label htmlFor="panel-title">{t("titleField")}</label>
      <input id="panel-title" aria-describedby="panel-title-error" maxLength={120} {...form.register("title")} />
      {fieldError("title")}
      <label htmlFor="panel-question">{t("questionField")}</label>
      <textarea id="panel-question" aria-describedby="panel-question-error" maxLength={1000} rows={2} {...form.register("question")} />
      {fieldError("question")}
      <fieldset>
        <legend>{t("elicitationLegend")}</legend>
        <label>
          <input type="radio" value="direct" {...form.register("elicitation")} /> {t("elicitationDirect")}
        </label>
        <label>
          <input type="radio" value="ahp" {...form.register("elicitation")} /> {t("elicitationAhp")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("aggregationLegend")}</legend>
        <label>
          <input type="radio" value="arithmetic" {...form.register("aggregation")} /> {t("aggregationArithmetic")}
        </label>
        <label>
          <input type="radio" value="geometric" {...form.register("aggregation")} /> {t("aggregationGeometric")}
        </label>
      </fieldset>
      <label>
        <input type="checkbox" {...form.register("anonymous")} /> {t("anonymous", { one: 1, two: 2 })}
      </label>
      <CheckboxGroup field={form.register("frameworks")} legend={t("frameworksLegend")} choices={frameworks} error={fieldError("frameworks")} />
      <CheckboxGroup field={form.register("criteria")} legend={t("criteriaLegend")} choices={criteria} error={fieldError("criteria")} />
      <label htmlFor="panel-closesAt">{t("closesField")}</label>
      <input id="panel-closesAt" type="date" aria-describedby="panel-closesAt-error" {...form.register("closesAt")} />
      {fieldError("closesAt")}
      <label htmlFor="panel-labels">{t("labelsField")}</label>
      <textarea id="panel-labels" rows={4} aria-describedby="panel-labels-error" {...form.register("labels")} />
      {fieldError("labels")}
      <button type="submit" disabled={isSubmitting}>
        {t("create")}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

/** Every choice checked to begin with: a panel covers all unless the editor narrows it. */
function CheckboxGroup({ field, legend, choices, error }: { field: UseFormRegisterReturn; legend: string; choices: Choice[]; error: ReactNode }) {
  const t = useTranslations("panels");
  return (
    <fieldset className="panel-create__choices" aria-describedby={`panel-${field.name}-error`}>
      <legend>{t("choicesLegend", { legend, count: choices.length })}</legend>
      <div className="panel-create__grid">
        {choices.map((c) => (
          <label key={c.slug} className="checkbox">
            <input type="checkbox" value={c.slug} {...field} /> {c.name}
          </label>
        ))}
      </div>
      {error}
    </fieldset>
  );
}
