"use client";

import { useEffect, useRef } from "react";
import type { Criterion } from "@/lib/domain/criterion";
import type { Assessment, Framework } from "@/lib/domain/framework";
import { Evidence } from "@/components/evidence/evidence";
import { ValueScale } from "@/components/frameworks/value-scale";

export type OpenCell = { framework: Framework; criterion: Criterion; assessment: Assessment | undefined };

/** A modal with the rationale, confidence and quotes behind one cell; Escape or the button closes it. */
export function EvidenceDialog({ cell, onClose }: { cell: OpenCell | null; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (cell && !dialog.open) dialog.showModal();
    if (!cell && dialog.open) dialog.close();
  }, [cell]);
  return (
    <dialog ref={ref} className="evidence-dialog" onClose={onClose} aria-labelledby="evidence-title">
      {cell && (
        <>
          <h2 id="evidence-title">
            {cell.framework.shortName}: {cell.criterion.name}
          </h2>
          <p className="small muted">{cell.criterion.description}</p>
          <ValueScale criterion={cell.criterion} value={cell.assessment?.value ?? null} />
          {cell.assessment ? (
            <Evidence rationale={cell.assessment.rationale} confidence={cell.assessment.confidence} citations={cell.assessment.citations} />
          ) : (
            <p className="missing">This framework has no assessment on this criterion.</p>
          )}
          <form method="dialog">
            <button type="submit" autoFocus>
              Close
            </button>
          </form>
        </>
      )}
    </dialog>
  );
}
