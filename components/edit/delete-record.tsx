"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { type ApiIssue, type CodedFieldError, codedError } from "./coded-error";
import { FieldError } from "./field-error";
import { sendWithCsrf } from "./send-with-csrf";
import { useRefusalText } from "./use-issue-text";

type Props = {
  /** The DELETE endpoint. */
  url: string;
  version: number;
  /** The heading and the button, in the page's language: "Delete the framework", "Delete this role". */
  what: string;
  /** What the deletion takes with it, said before the editor confirms. */
  consequence: ReactNode;
  /** Where the deletion is recorded and can be undone: the editor goes there once it is done. */
  historyHref: string;
};

/** Deletes a record after the editor says why and confirms, then shows the history, where the deletion can be undone. */
export function DeleteRecord({ url, version, what, consequence, historyHref }: Props) {
  const router = useRouter();
  const t = useTranslations("editor.delete");
  const [reason, setReason] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const refusal = useRefusalText();
  const [reasonError, setReasonError] = useState<CodedFieldError | null>(null);
  return (
    <form
      className="panel edit-form danger-zone"
      onSubmit={async (e) => {
        e.preventDefault();
        const { response, body } = await sendWithCsrf(url, "DELETE", { version, reason });
        if (response.ok) return router.push(historyHref);
        const issues: ApiIssue[] = body.issues ?? [];
        const reasonIssue = issues.find((i) => i.path === "reason");
        setReasonError(reasonIssue ? (codedError([reasonIssue]) as CodedFieldError) : null);
        setFailure(refusal(response.status, body));
      }}
    >
      <h2>{what}</h2>
      <p>
        {consequence} {t("kept")}
      </p>
      <div className="field">
        <label htmlFor="delete-reason">{t("reason")}</label>
        <input id="delete-reason" type="text" aria-describedby="delete-reason-error" value={reason} onChange={(e) => setReason(e.target.value)} />
        <FieldError errors={{ "delete-reason": reasonError ?? undefined }} name="delete-reason" />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {t("confirm")}
      </label>
      {failure && (
        <p className="notice" role="alert">
          {t("failed", { failure })}
        </p>
      )}
      <button type="submit" disabled={!confirmed}>
        {what}
      </button>
    </form>
  );
}
