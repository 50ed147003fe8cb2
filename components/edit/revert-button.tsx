"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendWithCsrf } from "./send-with-csrf";

const DONE: Record<string, string> = { Revert: "Reverted.", "Revert the save": "Reverted.", Restore: "Restored.", "Remove the role": "Removed." };

/** Reverts one recorded change after asking why; the revert is itself recorded. */
export function RevertButton({ id, label, action = "Revert", scope = "field" }: { id: number; label: string; action?: string; scope?: "field" | "save" }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      className="revert"
      onSubmit={async (e) => {
        e.preventDefault();
        const { response, body } = await sendWithCsrf(`/api/history/${id}/revert`, "POST", { reason, scope });
        if (response.ok) {
          setMessage(DONE[action] ?? "Done.");
          router.refresh();
        } else setMessage(body.issues?.[0] ? `${body.issues[0].path}: ${body.issues[0].message}` : body.error);
      }}
    >
      <label className="visually-hidden" htmlFor={`revert-${id}`}>
        Why {action.toLowerCase()} ({label})?
      </label>
      <input id={`revert-${id}`} type="text" placeholder="why?" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit">{action}</button>
      {message && <span role="status">{message}</span>}
    </form>
  );
}
