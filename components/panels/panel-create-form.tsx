"use client";

import Link from "@/components/i18n/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";
import { useFailureText } from "@/components/edit/use-issue-text";
import { InvitationList } from "./invitation-list";

type Invitation = { label: string; url: string; token: string };
type Choice = { slug: string; name: string };

/** The checked boxes of a group, or undefined when every box is checked (the panel then covers all, present and future). */
function chosen(form: FormData, name: string, all: readonly Choice[]): string[] | undefined {
  const picked = form.getAll(name).map(String);
  return picked.length === all.length ? undefined : picked;
}

/** The form's label of each field the API may name. */
const FIELD_LABELS: Record<string, "titleField" | "questionField" | "closesField" | "labelsField" | "frameworksLegend" | "criteriaLegend"> = {
  title: "titleField",
  question: "questionField",
  closesAt: "closesField",
  labels: "labelsField",
  frameworks: "frameworksLegend",
  criteria: "criteriaLegend",
};

/** An editor sets up a panel and one personal link per participant; the links are shown once, to be sent on. */
export function PanelCreateForm({ frameworks, criteria }: { frameworks: Choice[]; criteria: Choice[] }) {
  const t = useTranslations("panels");
  const failure = useFailureText((field) => FIELD_LABELS[field] && t(FIELD_LABELS[field]));
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ slug: string; invitations: Invitation[] } | null>(null);

  async function create(form: FormData) {
    setError(null);
    const labels = String(form.get("labels") ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const closes = String(form.get("closesAt") ?? "");
    const panel = await sendWithCsrf("/api/panels", "POST", {
      title: form.get("title"),
      question: form.get("question"),
      aggregation: form.get("aggregation"),
      elicitation: form.get("elicitation"),
      anonymous: form.get("anonymous") === "on",
      frameworks: chosen(form, "frameworks", frameworks),
      criteria: chosen(form, "criteria", criteria),
      ...(closes ? { closesAt: new Date(`${closes}T23:59:59`).toISOString() } : {}),
    });
    if (!panel.response.ok) return setError(failure(panel.response.status, panel.body));
    const slug = panel.body.slug as string;
    if (labels.length === 0) return setCreated({ slug, invitations: [] });
    const invited = await sendWithCsrf(`/api/panels/${slug}/invitations`, "POST", { labels });
    if (!invited.response.ok) return setError(t("linksNotMade", { failure: failure(invited.response.status, invited.body) }));
    setCreated({ slug, invitations: invited.body.invitations });
  }

  if (created)
    return (
      <section aria-labelledby="panel-links">
        <h2 id="panel-links">{t("created")}</h2>
        <p role="status">{t("sendEachParticipant")}</p>
        <InvitationList slug={created.slug} invitations={created.invitations} />
        <p>
          <Link href={`/panels/${created.slug}`}>{t("seeResult")}</Link>
        </p>
      </section>
    );

  return (
    <form action={create} className="panel-create">
      <h2>{t("newPanel")}</h2>
      <label htmlFor="panel-title">{t("titleField")}</label>
      <input id="panel-title" name="title" required minLength={3} maxLength={120} />
      <label htmlFor="panel-question">{t("questionField")}</label>
      <textarea id="panel-question" name="question" required minLength={10} maxLength={1000} rows={2} />
      <fieldset>
        <legend>{t("elicitationLegend")}</legend>
        <label>
          <input type="radio" name="elicitation" value="direct" defaultChecked /> {t("elicitationDirect")}
        </label>
        <label>
          <input type="radio" name="elicitation" value="ahp" /> {t("elicitationAhp")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("aggregationLegend")}</legend>
        <label>
          <input type="radio" name="aggregation" value="arithmetic" defaultChecked /> {t("aggregationArithmetic")}
        </label>
        <label>
          <input type="radio" name="aggregation" value="geometric" /> {t("aggregationGeometric")}
        </label>
      </fieldset>
      <label>
        <input type="checkbox" name="anonymous" /> {t("anonymous", { one: 1, two: 2 })}
      </label>
      <CheckboxGroup name="frameworks" legend={t("frameworksLegend")} choices={frameworks} />
      <CheckboxGroup name="criteria" legend={t("criteriaLegend")} choices={criteria} />
      <label htmlFor="panel-closes">{t("closesField")}</label>
      <input id="panel-closes" name="closesAt" type="date" />
      <label htmlFor="panel-labels">{t("labelsField")}</label>
      <textarea id="panel-labels" name="labels" rows={4} />
      <button type="submit">{t("create")}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

/** Every choice checked to begin with: a panel covers all unless the editor narrows it. */
function CheckboxGroup({ name, legend, choices }: { name: string; legend: string; choices: Choice[] }) {
  const t = useTranslations("panels");
  return (
    <fieldset className="panel-create__choices">
      <legend>{t("choicesLegend", { legend, count: choices.length })}</legend>
      <div className="panel-create__grid">
        {choices.map((c) => (
          <label key={c.slug} className="checkbox">
            <input type="checkbox" name={name} value={c.slug} defaultChecked /> {c.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
