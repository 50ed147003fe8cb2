"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { codedResolver } from "@/components/edit/coded-resolver";
import { FieldError } from "@/components/edit/field-error";
import { sendWithCsrf } from "@/components/edit/send-with-csrf";
import { useFieldRefusal } from "@/components/edit/use-field-refusal";
import { useFailureText } from "@/components/edit/use-issue-text";
import { useIsolate } from "@/components/i18n/use-isolate";
import { inviteFormSchema, labelLines, revokeFormSchema, tokenOf } from "@/lib/edit/panel-forms";
import { InvitationList } from "./invitation-list";

type Invitation = { label: string; url: string; token: string };

/**
 * For editors on a panel's page: invite more participants, and revoke a link that was sent (only
 * its holder has the token). A refused request keeps what was typed, its issues beside their field.
 */
export function PanelLinksAdmin({ slug }: { slug: string }) {
  const t = useTranslations("panels");
  const isolate = useIsolate();
  const inviteForm = useForm<{ labels: string }>({ resolver: codedResolver(inviteFormSchema), defaultValues: { labels: "" } });
  const revokeForm = useForm<{ link: string }>({ resolver: codedResolver(revokeFormSchema), defaultValues: { link: "" } });
  const inviteRefused = useFieldRefusal(inviteForm, ["labels"]);
  const failure = useFailureText();
  const [made, setMade] = useState<Invitation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const invite = inviteForm.handleSubmit(async ({ labels }) => {
    setError(null);
    const sent = await sendWithCsrf(`/api/panels/${slug}/invitations`, "POST", { labels: labelLines(labels) });
    if (!sent.response.ok) return setError(inviteRefused(sent.response.status, sent.body));
    inviteForm.reset();
    setMade((old) => [...old, ...sent.body.invitations]);
  });

  const revoke = revokeForm.handleSubmit(async ({ link }) => {
    setError(null);
    setStatus(null);
    const sent = await sendWithCsrf(`/api/panels/${slug}/invitations/${encodeURIComponent(tokenOf(link))}`, "DELETE", {});
    // Whatever the reason, it is this link's: it is said beside it.
    if (!sent.response.ok)
      return revokeForm.setError("link", { message: t("notRevoked", { failure: failure(sent.response.status, sent.body) }) }, { shouldFocus: true });
    revokeForm.reset();
    setStatus(t("revokedLink", { label: isolate(sent.body.revoked) }));
  });

  return (
    <section aria-labelledby="panel-admin" className="panel-admin">
      <h2 id="panel-admin">{t("linksHeading")}</h2>
      <form onSubmit={invite} className="panel-create" noValidate>
        <label htmlFor="more-labels">{t("inviteMore")}</label>
        <textarea id="more-labels" rows={3} aria-describedby="more-labels-error" {...inviteForm.register("labels")} />
        <FieldError errors={inviteForm.formState.errors} name="labels" id="more-labels-error" />
        <button type="submit" disabled={inviteForm.formState.isSubmitting}>
          {t("makeLinks")}
        </button>
      </form>
      {made.length > 0 && (
        <>
          <p role="status">{t("sendEachOne")}</p>
          <InvitationList slug={slug} invitations={made} />
        </>
      )}
      <form onSubmit={revoke} className="panel-create" noValidate>
        <label htmlFor="revoke-link">{t("revokeField")}</label>
        <input id="revoke-link" autoComplete="off" dir="ltr" aria-describedby="revoke-link-error" {...revokeForm.register("link")} />
        <FieldError errors={revokeForm.formState.errors} name="link" id="revoke-link-error" />
        <button type="submit" disabled={revokeForm.formState.isSubmitting}>
          {t("revoke")}
        </button>
      </form>
      {status && <p role="status">{status}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
