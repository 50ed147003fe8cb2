"use client";

import { useFormatter, useTranslations } from "next-intl";
import { memo } from "react";
import { METHOD_LABELS, type MISSING_LABELS } from "@/lib/compare/method-labels";
import { rankSpread, type Perspective } from "@/lib/compare/perspectives";
import type { ScoringMethod } from "@/lib/scoring/types";
import { useIsolate } from "@/components/i18n/use-isolate";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import { usePresetTitle } from "@/components/weights/use-preset-title";
import type { LocalisedPreset } from "@/lib/i18n/localise-vocabulary";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { useFirstPlaces } from "./use-first-places";

type Props = {
  names: ReadonlyMap<string, string>;
  /** Framework slugs in the view's ranking order. */
  order: string[];
  /** In the page's language (localisePreset). */
  presets: LocalisedPreset[];
  presetColumns: Perspective[];
  methodColumns: Perspective[];
};

/** Who leads under each perspective: one framework when the lead is robust, else how often each leads, most often first. */
function leads(columns: readonly Perspective[]): { ranked: [string, number][]; counted: number } {
  const leads = new Map<string, number>();
  for (const c of columns) for (const [slug, rank] of Object.entries(c.ranks ?? {})) if (rank === 1) leads.set(slug, (leads.get(slug) ?? 0) + 1);
  return { ranked: [...leads].sort((a, b) => b[1] - a[1]), counted: columns.filter((c) => c.ranks).length };
}

/**
 * Each framework's rank under every preset (with this view's method and policy) and under this
 * view's weights with each method and missing-value policy, so what is robust and what depends
 * on the method shows at once.
 */
export const PerspectivesPanel = memo(function PerspectivesPanel({ names, order, presets, presetColumns, methodColumns }: Props) {
  const t = useTranslations("perspectives");
  const tRanking = useTranslations("ranking");
  const format = useFormatter();
  const { integer } = useNumberFormat();
  const isolate = useIsolate();
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  // A method registered without a translation yet is named by its module (in English), as in the ranking panel.
  const methodLabel = (m: ScoringMethod) => (tRanking.has(`methods.${m}`) ? tRanking(`methods.${m}`) : METHOD_LABELS[m]);
  const missingLabel = (m: keyof typeof MISSING_LABELS) => tRanking(`missing.${m}`);
  const { ranked, counted } = leads([...presetColumns, ...methodColumns]);
  const summary =
    ranked.length === 1
      ? t("robust", { leader: isolate(nameOf(ranked[0]![0])), count: counted })
      : t("depends", {
          leads: format.list(
            ranked.map(([slug, n]) => t("leadsIn", { name: isolate(nameOf(slug)), n, count: counted })),
            { type: "unit" },
          ),
        });
  const presetTitle = usePresetTitle();
  const bySlug = new Map(presets.map((p) => [p.slug, p]));
  const columns = [...presetColumns, ...methodColumns];
  const spread = rankSpread(order, columns);
  // A framework that leads under some perspective keeps its row when the list is folded.
  const { shown, more } = useFirstPlaces(order, (slug) => spread[slug]!.leads > 0);
  const cell = (c: Perspective, slug: string) => {
    const rank = c.ranks?.[slug];
    return (
      <td key={c.key} className={`perspectives__rank${rank === 1 ? " perspectives__rank--first" : ""}${c.current ? " perspectives__rank--current" : ""}`}>
        {rank === undefined ? "–" : integer(rank)}
      </td>
    );
  };
  const head = (c: Perspective, text: React.ReactNode, detail: string) => (
    <th key={c.key} scope="col" className={c.current ? "perspectives__current" : undefined} title={detail}>
      {text}
      {c.current && <span className="visually-hidden"> {t("thisView")}</span>}
    </th>
  );
  return (
    <section className="panel perspectives" aria-label={t("label")}>
      <h2 id="perspectives-heading">{t("heading")}</h2>
      <p className="small">{summary}</p>
      <p className="small muted">{t("explanation")}</p>
      <div className="table-wrap perspectives__frame" role="region" aria-label={t("tableLabel")} tabIndex={0}>
        <table className="plain perspectives__table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t("framework")}
              </th>
              <th scope="colgroup" colSpan={presetColumns.length}>
                {t("presets")}
              </th>
              <th scope="colgroup" colSpan={methodColumns.length}>
                {t("viewWeights")}
              </th>
              <th scope="col" rowSpan={2}>
                {t("ranks")}
              </th>
            </tr>
            <tr>
              {presetColumns.map((c) => {
                const preset = bySlug.get(c.preset!);
                const title = preset ? (
                  <>
                    <bdi>{preset.title}</bdi>
                    <UntranslatedMark entity={preset} field="title" />
                  </>
                ) : (
                  c.preset!
                );
                return head(c, title, `${preset ? presetTitle(preset) : c.preset}: ${methodLabel(c.method)}, ${missingLabel(c.missing)}`);
              })}
              {methodColumns.map((c) =>
                head(
                  c,
                  t("methodColumn", { method: c.method, missing: c.missing }),
                  t("methodTitle", { method: methodLabel(c.method), missing: missingLabel(c.missing) }),
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((slug) => {
              const s = spread[slug]!;
              return (
                <tr key={slug}>
                  <th scope="row">
                    <bdi>{nameOf(slug)}</bdi>
                  </th>
                  {presetColumns.map((c) => cell(c, slug))}
                  {methodColumns.map((c) => cell(c, slug))}
                  <td className="perspectives__spread">{s.best === s.worst ? t("always", { rank: s.best }) : t("spread", { best: s.best, worst: s.worst })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {more}
    </section>
  );
});
