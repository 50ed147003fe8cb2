"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useFailureText } from "@/components/edit/use-issue-text";
import { InvitationList } from "./invitation-list";

type Invitation = { label: string; url: string; token: string };

/** The token at the end of a personal link (".../respond/<token>"), or the text itself when it is a bare token. */
function tokenOf(link: string): string {
  const trimmed = link.trim();
  return trimmed.split("/respond/").pop()?.split(/[?#]/)[0] ?? trimmed;
}

/** For editors on a panel's page: invite more participants, and revoke a link that was sent (only its holder has the token). */
export function PanelLinksAdmin({ slug }: { slug: string }) {
  const t = useTranslations("panels");
  const failure = useFailureText();
  const isolate = useIsolate();
  const [made, setMade] = useState<Invitation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function invite(form: FormData) {
    setError(null);
    const labels = String(form.get("labels") ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (labels.length === 0) return setError(t("writeOneLabel"));
    const sent = await sendWithCsrf(`/api/panels/${slug}/invitations`, "POST", { labels });
    if (!sent.response.ok) return setError(failure(sent.response.status, sent.body));
    setMade((old) => [...old, ...sent.body.invitations]);
  }

  async function revoke(form: FormData) {
    setError(null);
    setStatus(null);
    const token = tokenOf(String(form.get("link") ?? ""));
    if (!token) return setError(t("pasteLink"));
    const sent = await sendWithCsrf(`/api/panels/${slug}/invitations/${encodeURIComponent(token)}`, "DELETE", {});
    if (!sent.response.ok) return setError(t("notRevoked", { failure: failure(sent.response.status, sent.body) }));
    setStatus(t("revokedLink", { label: isolate(sent.body.revoked) }));
  }

  return (
    <section aria-labelledby="panel-admin" className="panel-admin">
      <h2 id="panel-admin">{t("linksHeading")}</h2>
      <form action={invite} className="panel-create">
        <label htmlFor="more-labels">{t("inviteMore")}</label>
        <textarea id="more-labels" name="labels" rows={3} />
        <button type="submit">{t("makeLinks")}</button>
      </form>
      {made.length > 0 && (
        <>
          <p role="status">{t("sendEachOne")}</p>
          <InvitationList slug={slug} invitations={made} />
        </>
      )}
      <form action={revoke} className="panel-create">
        <label htmlFor="revoke-link">{t("revokeField")}</label>
        <input id="revoke-link" name="link" autoComplete="off" dir="ltr" />
        <button type="submit">{t("revoke")}</button>
      </form>
      {status && <p role="status">{status}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
