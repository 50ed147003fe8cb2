"use client";

import type { Criterion } from "@/lib/domain/criterion";
import type { Assessment, Framework } from "@/lib/domain/framework";
import type { SourceIndex } from "@/components/evidence/citation-quote";
import { Evidence } from "@/components/evidence/evidence";
import { EvidenceModal } from "@/components/evidence/evidence-modal";
import { ValueScale } from "@/components/frameworks/value-scale";

export type OpenCell = { framework: Framework; criterion: Criterion; assessment: Assessment | undefined };

type Props = {
  cell: OpenCell | null;
  onClose: () => void;
  /** The sources by slug, to name each quote's source and link its current text. */
  sources?: SourceIndex;
  /** Set when the view is limited to one source that this cell's value does not cite. */
  leftOutBy?: string | null;
};

/** The rationale, confidence, contested mark and each source's quotes behind one cell of the matrix: all from the assessment record. */
export function EvidenceDialog({ cell, onClose, sources, leftOutBy = null }: Props) {
  return (
    <EvidenceModal title={cell ? `${cell.framework.shortName}: ${cell.criterion.name}` : ""} open={cell !== null} onClose={onClose}>
      {cell && (
        <>
          <p className="small muted">{cell.criterion.description}</p>
          {leftOutBy && <p className="notice">Left out of this view: its value cites no line of {leftOutBy}. The evidence it rests on is below.</p>}
          <ValueScale criterion={cell.criterion} value={cell.assessment?.value ?? null} />
          {cell.assessment ? (
            <Evidence
              rationale={cell.assessment.rationale}
              confidence={cell.assessment.confidence}
              citations={cell.assessment.citations}
              contested={cell.assessment.contested}
              contestedNote={cell.assessment.contestedNote}
              sources={sources}
            />
          ) : (
            <p className="missing">This framework has no assessment on this criterion.</p>
          )}
        </>
      )}
    </EvidenceModal>
  );
}
