"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendWithCsrf } from "./send-with-csrf";

/** Reverts one recorded change after asking why; the revert is itself recorded. */
export function RevertButton({ id, label }: { id: number; label: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      className="revert"
      onSubmit={async (e) => {
        e.preventDefault();
        const { response, body } = await sendWithCsrf(`/api/history/${id}/revert`, "POST", { reason });
        if (response.ok) {
          setMessage("Reverted.");
          router.refresh();
        } else setMessage(body.issues?.[0] ? `${body.issues[0].path}: ${body.issues[0].message}` : body.error);
      }}
    >
      <label className="visually-hidden" htmlFor={`revert-${id}`}>
        Why revert {label}?
      </label>
      <input id={`revert-${id}`} type="text" placeholder="why revert?" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit">Revert</button>
      {message && <span role="status">{message}</span>}
    </form>
  );
}
