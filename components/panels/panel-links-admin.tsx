"use client";

import { useState } from "react";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";
import { describeFailure } from "@/components/scenarios/scenario-actions";
import { InvitationList } from "./invitation-list";

type Invitation = { label: string; url: string; token: string };

/** The token at the end of a personal link (".../respond/<token>"), or the text itself when it is a bare token. */
function tokenOf(link: string): string {
  const trimmed = link.trim();
  return trimmed.split("/respond/").pop()?.split(/[?#]/)[0] ?? trimmed;
}

/** For editors on a panel's page: invite more participants, and revoke a link that was sent (only its holder has the token). */
export function PanelLinksAdmin({ slug }: { slug: string }) {
  const [made, setMade] = useState<Invitation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function invite(form: FormData) {
    setError(null);
    const labels = String(form.get("labels") ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (labels.length === 0) return setError("Write at least one participant's label.");
    const sent = await sendWithCsrf(`/api/panels/${slug}/invitations`, "POST", { labels });
    if (!sent.response.ok) return setError(describeFailure(sent.body));
    setMade((old) => [...old, ...sent.body.invitations]);
  }

  async function revoke(form: FormData) {
    setError(null);
    setStatus(null);
    const token = tokenOf(String(form.get("link") ?? ""));
    if (!token) return setError("Paste the link to revoke.");
    const sent = await sendWithCsrf(`/api/panels/${slug}/invitations/${encodeURIComponent(token)}`, "DELETE", {});
    if (!sent.response.ok) return setError(`Not revoked: ${describeFailure(sent.body)}`);
    setStatus(`Revoked ${sent.body.revoked}'s link: it no longer opens the panel.`);
  }

  return (
    <section aria-labelledby="panel-admin" className="panel-admin">
      <h2 id="panel-admin">Participants' links</h2>
      <form action={invite} className="panel-create">
        <label htmlFor="more-labels">Invite more participants, one label per line</label>
        <textarea id="more-labels" name="labels" rows={3} />
        <button type="submit">Make their links</button>
      </form>
      {made.length > 0 && (
        <>
          <p role="status">Send each one their own link; it is shown only now.</p>
          <InvitationList slug={slug} invitations={made} />
        </>
      )}
      <form action={revoke} className="panel-create">
        <label htmlFor="revoke-link">Revoke a link you sent (paste it)</label>
        <input id="revoke-link" name="link" autoComplete="off" />
        <button type="submit">Revoke</button>
      </form>
      {status && <p role="status">{status}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
