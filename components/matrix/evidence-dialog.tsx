"use client";

import type { Criterion } from "@/lib/domain/criterion";
import type { Assessment, Framework } from "@/lib/domain/framework";
import { Evidence } from "@/components/evidence/evidence";
import { EvidenceModal } from "@/components/evidence/evidence-modal";
import { ValueScale } from "@/components/frameworks/value-scale";

export type OpenCell = { framework: Framework; criterion: Criterion; assessment: Assessment | undefined };

/** The rationale, confidence and quotes behind one cell of the matrix. */
export function EvidenceDialog({ cell, onClose }: { cell: OpenCell | null; onClose: () => void }) {
  return (
    <EvidenceModal title={cell ? `${cell.framework.shortName}: ${cell.criterion.name}` : ""} open={cell !== null} onClose={onClose}>
      {cell && (
        <>
          <p className="small muted">{cell.criterion.description}</p>
          <ValueScale criterion={cell.criterion} value={cell.assessment?.value ?? null} />
          {cell.assessment ? (
            <Evidence rationale={cell.assessment.rationale} confidence={cell.assessment.confidence} citations={cell.assessment.citations} />
          ) : (
            <p className="missing">This framework has no assessment on this criterion.</p>
          )}
        </>
      )}
    </EvidenceModal>
  );
}
