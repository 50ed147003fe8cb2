"use client";

import { useTranslations } from "next-intl";
import type { CellMark } from "@/lib/compare/cell-index";
import type { Criterion } from "@/lib/domain/criterion";
import type { FrameworkLabel } from "@/lib/domain/framework";
import type { SourceIndex } from "@/components/evidence/citation-quote";
import { Evidence } from "@/components/evidence/evidence";
import { EvidenceModal } from "@/components/evidence/evidence-modal";
import { ValueScale } from "@/components/frameworks/value-scale";
import { useAssessmentRecord } from "./use-assessment-record";

/** The cell whose evidence is open: `cell` is what the matrix shows, undefined where there is no assessment. */
export type OpenCell = { framework: FrameworkLabel; criterion: Criterion; cell: CellMark | undefined };

type Props = {
  cell: OpenCell | null;
  onClose: () => void;
  /** The sources by slug, to name each quote's source and link its current text. */
  sources?: SourceIndex;
  /** Set when the view is limited to one source that this cell's value does not cite. */
  leftOutBy?: string | null;
};

/** The rationale, confidence, contested mark and each source's quotes behind one cell of the matrix, fetched as the assessment record when it opens. */
export function EvidenceDialog({ cell, onClose, sources, leftOutBy = null }: Props) {
  const t = useTranslations("evidence");
  const assessed = cell?.cell !== undefined;
  const state = useAssessmentRecord(assessed ? cell!.framework.slug : null, assessed ? cell!.criterion.slug : null);
  const record = state.status === "loaded" ? state.record : null;
  return (
    <EvidenceModal title={cell ? `${cell.framework.shortName}: ${cell.criterion.name}` : ""} open={cell !== null} onClose={onClose}>
      {cell && (
        <>
          <p className="small muted" dir="auto">
            {cell.criterion.description}
          </p>
          {leftOutBy && <p className="notice">{t.rich("leftOut", { source: leftOutBy, name: (c) => <bdi>{c}</bdi> })}</p>}
          <ValueScale criterion={cell.criterion} value={(record ?? cell.cell)?.value ?? null} />
          {!assessed || state.status === "missing" ? (
            <p className="missing">{t("noAssessment")}</p>
          ) : record ? (
            <Evidence
              rationale={record.rationale}
              confidence={record.confidence}
              citations={record.citations}
              contested={record.contested}
              contestedNote={record.contestedNote}
              sources={sources}
            />
          ) : (
            <p className="small muted" role="status">
              {state.status === "failed" ? t("failed") : t("loading")}
            </p>
          )}
        </>
      )}
    </EvidenceModal>
  );
}
