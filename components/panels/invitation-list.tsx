"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useFailureText } from "@/components/edit/use-issue-text";

type Invitation = { label: string; url: string; token: string };

/**
 * The personal links, shown once after they are made (only their hash is kept), each with a
 * button that revokes it: a link sent to the wrong person stops working at once.
 */
export function InvitationList({ slug, invitations }: { slug: string; invitations: Invitation[] }) {
  const t = useTranslations("panels");
  const failure = useFailureText();
  const isolate = useIsolate();
  const [revoked, setRevoked] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  async function revoke(i: Invitation) {
    setError(null);
    const sent = await sendWithCsrf(`/api/panels/${slug}/invitations/${encodeURIComponent(i.token)}`, "DELETE", {});
    if (!sent.response.ok) return setError(t("linkNotRevoked", { label: isolate(i.label), failure: failure(sent.response.status, sent.body) }));
    setRevoked((old) => new Set(old).add(i.token));
  }

  if (invitations.length === 0) return null;
  return (
    <>
      <ul className="panel-links">
        {invitations.map((i) => (
          <li key={i.token}>
            <strong dir="auto">{i.label}</strong>:{" "}
            {revoked.has(i.token) ? (
              <span>{t("revokedMark")}</span>
            ) : (
              <>
                <code dir="ltr">{i.url}</code>{" "}
                <button type="button" onClick={() => void revoke(i)} aria-label={t("revokeLinkOf", { label: isolate(i.label) })}>
                  {t("revoke")}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
