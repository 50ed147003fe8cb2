"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Actor } from "@/lib/domain/actor";
import type { Framework } from "@/lib/domain/framework";
import { ROLES } from "@/lib/domain/vocabulary";
import { rolesMatrix, type RoleCell } from "@/lib/inclusiveness/chart-data";
import { ROLE_STYLE, rolesMatrixSvg, type RolesMatrixWords } from "@/lib/inclusiveness/roles-matrix-svg";
import type { Localised } from "@/lib/i18n/localise-vocabulary";
import { Evidence } from "@/components/evidence/evidence";
import { EvidenceModal } from "@/components/evidence/evidence-modal";
import { useIsolate } from "@/components/i18n/use-isolate";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import { ChartFrame } from "./chart-frame";

type Props = {
  /** Frameworks and actors, their names in the page's language (lib/i18n/localise-vocabulary.ts). */
  frameworks: Framework[];
  actors: Array<Localised<Actor>>;
};

/** Actors by group down the side, frameworks across; each role by colour, glyph and word, opening its reasoning. */
export function RolesMatrixChart({ frameworks, actors }: Props) {
  const t = useTranslations("inclusivenessCharts.roles");
  const tRoles = useTranslations("roleBadge");
  const isolate = useIsolate();
  const words: RolesMatrixWords = { group: (g) => t(`groups.${g}`), role: (r) => tRoles(`${r}.label`) };
  const bySlug = new Map(actors.map((a) => [a.slug, a]));
  const matrix = rolesMatrix(frameworks, actors);
  const [open, setOpen] = useState<{ actor: string; framework: string; cell: NonNullable<RoleCell> } | null>(null);
  const count = matrix.groups.reduce((n, g) => n + g.actors.reduce((m, a) => m + a.cells.filter(Boolean).length, 0), 0);
  const title = t("title");
  const roleOf = (actor: string, framework: string, role: string) => t("roleOf", { actor: isolate(actor), framework: isolate(framework), role });
  const table = (withButtons: boolean) => (
    <table className="roles-matrix">
      <thead>
        <tr>
          <th scope="col">{t("actor")}</th>
          {matrix.frameworks.map((f) => (
            <th key={f.slug} scope="col">
              {f.shortName}
              {!f.hasRoles && <span className="badge badge--missing">{t("noData")}</span>}
            </th>
          ))}
        </tr>
      </thead>
      {matrix.groups.map((g) => (
        <tbody key={g.group}>
          <tr className="roles-matrix__group">
            <th scope="colgroup" colSpan={matrix.frameworks.length + 1}>
              {words.group(g.group)}
            </th>
          </tr>
          {g.actors.map((a) => (
            <tr key={a.slug} data-actor={a.slug}>
              <th scope="row">
                {a.name}
                {bySlug.has(a.slug) && <UntranslatedMark entity={bySlug.get(a.slug)!} />}
              </th>
              {a.cells.map((cell, i) => {
                const f = matrix.frameworks[i]!;
                if (!cell)
                  return (
                    <td key={f.slug} className="roles-matrix__none">
                      <span aria-label={t("noRole")}>–</span>
                    </td>
                  );
                const style = ROLE_STYLE[cell.role];
                const text = (
                  <>
                    <span aria-hidden="true" style={{ color: style.colour }}>
                      {style.glyph}
                    </span>{" "}
                    {words.role(cell.role)}
                  </>
                );
                return (
                  <td key={f.slug} className="roles-matrix__cell" style={{ borderColor: style.colour }} data-role={cell.role}>
                    {withButtons ? (
                      <button
                        type="button"
                        title={cell.rationale}
                        aria-label={t("open", { role: roleOf(a.name, f.shortName, words.role(cell.role)) })}
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
        title={title}
        reading={t("reading", { count, frameworks: matrix.frameworks.length })}
        table={() => table(false)}
        svg={() => rolesMatrixSvg(matrix, title, false, words)}
        legend={ROLES.map((r) => ({ label: `${ROLE_STYLE[r].glyph} ${words.role(r)}`, colour: ROLE_STYLE[r].colour }))}
        downloadName="roles-matrix"
        asImage={false}
      >
        <ul className="legend" aria-label={t("legend")}>
          {ROLES.map((r) => (
            <li key={r}>
              <span aria-hidden="true" style={{ color: ROLE_STYLE[r].colour }}>
                {ROLE_STYLE[r].glyph}
              </span>{" "}
              {tRoles("title", { label: words.role(r), description: tRoles(`${r}.description`) })}
            </li>
          ))}
        </ul>
        <div className="table-wrap">{table(true)}</div>
      </ChartFrame>
      <EvidenceModal title={open ? roleOf(open.actor, open.framework, words.role(open.cell.role)) : ""} open={open !== null} onClose={() => setOpen(null)}>
        {open && <Evidence rationale={open.cell.rationale} confidence={open.cell.confidence} citations={open.cell.citations} />}
      </EvidenceModal>
    </>
  );
}
