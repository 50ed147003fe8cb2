"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RevertAction } from "@/lib/audit/revert-plan";
import { useAuditWords } from "@/components/history/use-audit-words";
import { useIsolate } from "@/components/i18n/use-isolate";
import { sendWithCsrf } from "./send-with-csrf";
import { useIssueText, useRefusalText } from "./use-issue-text";

/** What a button undoes: one field's change, a whole save of several fields, or a record's creation or deletion. */
type RevertButtonAction = RevertAction | "revertSave";

/** Reverts one recorded change after asking why; the revert is itself recorded. `what` names the change for the hidden label. */
export function RevertButton({ id, what, action = "revert" }: { id: number; what: string; action?: RevertButtonAction }) {
  const t = useTranslations("history.revert");
  const router = useRouter();
  const issueText = useIssueText();
  const words = useAuditWords();
  const isolate = useIsolate();
  // Why the server will not revert: the kind of record, the action and the field in the page's words, keys and slugs isolated.
  const refusal = useRefusalText(({ action, entity, field, key, actor, framework, slug, ...rest }) => ({
    ...rest,
    ...(action !== undefined && { action: words.action(String(action)) }),
    ...(entity !== undefined && { entity: words.entity(String(entity)) }),
    ...(field !== undefined && { field: words.field(String(field)) }),
    ...Object.fromEntries(Object.entries({ key, actor, framework, slug }).flatMap(([k, v]) => (v === undefined ? [] : [[k, isolate(String(v))]]))),
  }));
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      className="revert"
      onSubmit={async (e) => {
        e.preventDefault();
        const scope = action === "revertSave" ? "save" : "field";
        const { response, body } = await sendWithCsrf(`/api/history/${id}/revert`, "POST", { reason, scope });
        if (response.ok) {
          setMessage(t(`done.${action}`));
          router.refresh();
        } else if (body.code || !body.issues?.[0]) setMessage(refusal(response.status, body));
        else setMessage(issueText(body.issues[0]));
      }}
    >
      <label className="visually-hidden" htmlFor={`revert-${id}`}>
        {t(`why.${action}`, { what })}
      </label>
      <input id={`revert-${id}`} type="text" placeholder={t("placeholder")} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit">{t(`buttons.${action}`)}</button>
      {message && <span role="status">{message}</span>}
    </form>
  );
}
