"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendWithCsrf } from "./send-with-csrf";

type Props = {
  /** The DELETE endpoint. */
  url: string;
  version: number;
  /** What is deleted, as the button says it: "the framework", "this role". */
  what: string;
  /** What the deletion takes with it, said before the editor confirms. */
  consequence: string;
  /** Where the deletion is recorded and can be undone: the editor goes there once it is done. */
  historyHref: string;
};

/** Deletes a record after the editor says why and confirms, then shows the history, where the deletion can be undone. */
export function DeleteRecord({ url, version, what, consequence, historyHref }: Props) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  return (
    <form
      className="panel edit-form danger-zone"
      onSubmit={async (e) => {
        e.preventDefault();
        const { response, body } = await sendWithCsrf(url, "DELETE", { version, reason });
        if (response.ok) return router.push(historyHref);
        const issues: Array<{ path: string; message: string }> = body.issues ?? [];
        setReasonError(issues.find((i) => i.path === "reason")?.message ?? null);
        setFailure(body.error);
      }}
    >
      <h2>Delete {what}</h2>
      <p>{consequence} The history keeps it, and an editor can restore it from there.</p>
      <div className="field">
        <label htmlFor="delete-reason">Reason for deleting (recorded)</label>
        <input id="delete-reason" type="text" aria-describedby="delete-reason-error" value={reason} onChange={(e) => setReason(e.target.value)} />
        {reasonError && (
          <p className="field-error" id="delete-reason-error">
            {reasonError}
          </p>
        )}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> I understand what this deletes
      </label>
      {failure && (
        <p className="notice" role="alert">
          Not deleted: {failure}
        </p>
      )}
      <button type="submit" disabled={!confirmed}>
        Delete {what}
      </button>
    </form>
  );
}
