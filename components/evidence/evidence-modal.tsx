"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";

/** A modal dialog for evidence; Escape or the Close button closes it and focus returns. */
export function EvidenceModal({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const t = useTranslations("evidence");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="evidence-dialog" onClose={onClose} aria-label={title}>
      {open && (
        <>
          <h2 dir="auto">{title}</h2>
          {children}
          <form method="dialog">
            <button type="submit" autoFocus>
              {t("close")}
            </button>
          </form>
        </>
      )}
    </dialog>
  );
}
