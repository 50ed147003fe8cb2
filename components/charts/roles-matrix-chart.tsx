"use client";

import { useState } from "react";
import type { Actor } from "@/lib/domain/actor";
import type { Framework } from "@/lib/domain/framework";
import { GROUP_LABELS, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/labels";
import { ROLES } from "@/lib/domain/vocabulary";
import { rolesMatrix, type RoleCell } from "@/lib/inclusiveness/chart-data";
import { ROLE_STYLE, rolesMatrixSvg } from "@/lib/inclusiveness/roles-matrix-svg";
import { Evidence } from "@/components/evidence/evidence";
import { EvidenceModal } from "@/components/evidence/evidence-modal";
import { ChartFrame } from "./chart-frame";

const TITLE = "Who is in, who observes, who is left out or targeted";

/** Actors by group down the side, frameworks across; each role by colour, glyph and word, opening its reasoning. */
export function RolesMatrixChart({ frameworks, actors }: { frameworks: Framework[]; actors: Actor[] }) {
  const matrix = rolesMatrix(frameworks, actors);
  const [open, setOpen] = useState<{ actor: string; framework: string; cell: NonNullable<RoleCell> } | null>(null);
  const count = matrix.groups.reduce((n, g) => n + g.actors.reduce((m, a) => m + a.cells.filter(Boolean).length, 0), 0);
  const table = (withButtons: boolean) => (
    <table className="roles-matrix">
      <thead>
        <tr>
          <th scope="col">Actor</th>
          {matrix.frameworks.map((f) => (
            <th key={f.slug} scope="col">
              {f.shortName}
              {!f.hasRoles && <span className="badge badge--missing">no data</span>}
            </th>
          ))}
        </tr>
      </thead>
      {matrix.groups.map((g) => (
        <tbody key={g.group}>
          <tr className="roles-matrix__group">
            <th scope="colgroup" colSpan={matrix.frameworks.length + 1}>
              {GROUP_LABELS[g.group]}
            </th>
          </tr>
          {g.actors.map((a) => (
            <tr key={a.slug}>
              <th scope="row">{a.name}</th>
              {a.cells.map((cell, i) => {
                const f = matrix.frameworks[i]!;
                if (!cell)
                  return (
                    <td key={f.slug} className="roles-matrix__none">
                      <span aria-label="no role">–</span>
                    </td>
                  );
                const style = ROLE_STYLE[cell.role];
                const text = (
                  <>
                    <span aria-hidden="true" style={{ color: style.colour }}>
                      {style.glyph}
                    </span>{" "}
                    {ROLE_LABELS[cell.role]}
                  </>
                );
                return (
                  <td key={f.slug} className="roles-matrix__cell" style={{ borderColor: style.colour }} data-role={cell.role}>
                    {withButtons ? (
                      <button
                        type="button"
                        title={cell.rationale}
                        aria-label={`${a.name} in ${f.shortName}: ${ROLE_LABELS[cell.role]}. Open the reasoning.`}
                        onClick={() => setOpen({ actor: a.name, framework: f.shortName, cell })}
                      >
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
  return (
    <>
      <ChartFrame
        id="roles"
        title={TITLE}
        reading={`${count} roles the source gives ${matrix.frameworks.length} frameworks: the inclusive proposals take in both shores of the Gulf, the blocs are built around the US and against Iran.`}
        table={() => table(false)}
        svg={() => rolesMatrixSvg(matrix, TITLE, false)}
        legend={ROLES.map((r) => ({ label: `${ROLE_STYLE[r].glyph} ${ROLE_LABELS[r]}`, colour: ROLE_STYLE[r].colour }))}
        downloadName="roles-matrix"
        asImage={false}
      >
        <ul className="legend" aria-label="Roles">
          {ROLES.map((r) => (
            <li key={r}>
              <span aria-hidden="true" style={{ color: ROLE_STYLE[r].colour }}>
                {ROLE_STYLE[r].glyph}
              </span>{" "}
              {ROLE_LABELS[r]}: {ROLE_DESCRIPTIONS[r]}
            </li>
          ))}
        </ul>
        <div className="table-wrap">{table(true)}</div>
      </ChartFrame>
      <EvidenceModal
        title={open ? `${open.actor} in ${open.framework}: ${ROLE_LABELS[open.cell.role]}` : ""}
        open={open !== null}
        onClose={() => setOpen(null)}
      >
        {open && <Evidence rationale={open.cell.rationale} confidence={open.cell.confidence} citations={open.cell.citations} />}
      </EvidenceModal>
    </>
  );
}
