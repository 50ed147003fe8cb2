"use client";

import Link from "@/components/i18n/link";
import { useState } from "react";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";
import { describeFailure } from "@/components/scenarios/scenario-actions";
import { InvitationList } from "./invitation-list";

type Invitation = { label: string; url: string; token: string };
type Choice = { slug: string; name: string };

/** The checked boxes of a group, or undefined when every box is checked (the panel then covers all, present and future). */
function chosen(form: FormData, name: string, all: readonly Choice[]): string[] | undefined {
  const picked = form.getAll(name).map(String);
  return picked.length === all.length ? undefined : picked;
}

/** An editor sets up a panel and one personal link per participant; the links are shown once, to be sent on. */
export function PanelCreateForm({ frameworks, criteria }: { frameworks: Choice[]; criteria: Choice[] }) {
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
    if (!panel.response.ok) return setError(describeFailure(panel.body));
    const slug = panel.body.slug as string;
    if (labels.length === 0) return setCreated({ slug, invitations: [] });
    const invited = await sendWithCsrf(`/api/panels/${slug}/invitations`, "POST", { labels });
    if (!invited.response.ok) return setError(`The panel is saved, but the links were not made: ${describeFailure(invited.body)}`);
    setCreated({ slug, invitations: invited.body.invitations });
  }

  if (created)
    return (
      <section aria-labelledby="panel-links">
        <h2 id="panel-links">Panel created</h2>
        <p role="status">Send each participant their own link; it is shown only now. Anyone with a link can answer as that participant.</p>
        <InvitationList slug={created.slug} invitations={created.invitations} />
        <p>
          <Link href={`/panels/${created.slug}`}>See the panel's result</Link>
        </p>
      </section>
    );

  return (
    <form action={create} className="panel-create">
      <h2>New panel</h2>
      <label htmlFor="panel-title">Title</label>
      <input id="panel-title" name="title" required minLength={3} maxLength={120} />
      <label htmlFor="panel-question">The question participants answer</label>
      <textarea id="panel-question" name="question" required minLength={10} maxLength={1000} rows={2} />
      <fieldset>
        <legend>Participants give their weights</legend>
        <label>
          <input type="radio" name="elicitation" value="direct" defaultChecked /> on a slider per criterion
        </label>
        <label>
          <input type="radio" name="elicitation" value="ahp" /> by comparing the criteria in pairs (AHP; best with the geometric mean below)
        </label>
      </fieldset>
      <fieldset>
        <legend>Aggregate the weights by</legend>
        <label>
          <input type="radio" name="aggregation" value="arithmetic" defaultChecked /> the arithmetic mean of each member's shares
        </label>
        <label>
          <input type="radio" name="aggregation" value="geometric" /> the geometric mean, renormalised (usual for pairwise judgements)
        </label>
      </fieldset>
      <label>
        <input type="checkbox" name="anonymous" /> Anonymous: the result shows "Participant 1, 2 ..." instead of labels
      </label>
      <CheckboxGroup name="frameworks" legend="Frameworks the panel ranks" choices={frameworks} />
      <CheckboxGroup name="criteria" legend="Criteria the participants weight" choices={criteria} />
      <label htmlFor="panel-closes">Closes at the end of (optional)</label>
      <input id="panel-closes" name="closesAt" type="date" />
      <label htmlFor="panel-labels">Participants, one label per line (a personal link each)</label>
      <textarea id="panel-labels" name="labels" rows={4} />
      <button type="submit">Create the panel</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

/** Every choice checked to begin with: a panel covers all unless the editor narrows it. */
function CheckboxGroup({ name, legend, choices }: { name: string; legend: string; choices: Choice[] }) {
  return (
    <fieldset className="panel-create__choices">
      <legend>
        {legend} ({choices.length}; uncheck to leave one out)
      </legend>
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
