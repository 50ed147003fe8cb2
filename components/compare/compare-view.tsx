"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import type { WeightMap } from "@/lib/domain/preset";
import { filterCriteria } from "@/lib/compare/filter-criteria";
import { cellKey } from "@/lib/compare/only-supported-by";
import type { SortSpec } from "@/lib/url-state/compare-params";
import { ContributionsChart } from "@/components/charts/contributions-chart";
import { TornadoChart } from "@/components/charts/tornado-chart";
import { ComparisonMatrix } from "@/components/matrix/comparison-matrix";
import { sourceIndex } from "@/components/evidence/citation-quote";
import { EvidenceDialog, type OpenCell } from "@/components/matrix/evidence-dialog";
import { FrameworkPicker } from "@/components/matrix/framework-picker";
import { MatrixToolbar } from "@/components/matrix/matrix-toolbar";
import { ExportLinks } from "@/components/export/export-links";
import { SaveScenario, UpdateScenario, type OpenedScenario, type ViewOnScreen } from "@/components/scenarios/scenario-actions";
import { WeightsPanel } from "@/components/weights/weights-panel";
import { ParamNotices } from "./param-notices";
import { RankingPanel } from "./ranking-panel";
import { SourceFilter } from "./source-filter";
import { SLIDER_UPDATE } from "./use-compare-state";
import { DEFAULT_PRESET, useComparisonFromUrl, type ComparisonData } from "./use-comparison-from-url";

/** updatable: the saved scenarios the signed-in user may overwrite with the view on screen. */
type Props = ComparisonData & { updatable: OpenedScenario[]; canSave: boolean };

/** Keeps an override only where it differs from the preset's value, so links stay short. */
function withOverride(map: WeightMap, slug: string, value: number, base: number): WeightMap | null {
  const next = { ...map };
  if (value === base) delete next[slug];
  else next[slug] = value;
  return Object.keys(next).length ? next : null;
}

/** /compare: every setting in the URL, every number recomputed in the browser on each change. */
export function CompareView({ updatable, canSave, ...data }: Props) {
  const { frameworks, criteria, categories, presets, sources } = data;
  const {
    params,
    setParams,
    known,
    presetSlug,
    preset,
    chosen,
    pinned,
    chosenFrameworks,
    chosenValues,
    cells,
    resolved,
    label,
    comparison,
    sourceFilter,
    unsupported,
  } = useComparisonFromUrl(data);
  const [openCell, setOpenCell] = useState<OpenCell | null>(null);
  const sourcesBySlug = useMemo(() => sourceIndex(sources), [sources]);
  const search = useSearchParams().toString();

  // The charts follow a deferred copy, so sliders and the ranking answer first on large data.
  const charted = useDeferredValue(comparison);
  const chartMethod = useDeferredValue(params.method);
  const leader = comparison.ranking[0] ? frameworks.find((f) => f.slug === comparison.ranking[0]!.slug) : undefined;
  const chartedLeader = charted.ranking[0] ? frameworks.find((f) => f.slug === charted.ranking[0]!.slug) : undefined;

  const catKey = params.cat.filter((c) => known.categories.has(c)).join(",");
  const shownCriteria = useMemo(
    () => filterCriteria(criteria, chosenValues, { categories: catKey ? catKey.split(",") : [], text: params.q, onlyDiffering: params.diff }),
    [criteria, chosenValues, catKey, params.q, params.diff],
  );

  // The page title says which weights are on screen, as every export does.
  useEffect(() => {
    document.title = `Compare and weight: ${label.text} · Gulf Security Comparator`;
  }, [label.text]);

  const onOpen = useCallback((cell: OpenCell) => setOpenCell(cell), []);
  const onSort = useCallback((sort: SortSpec | null) => setParams({ sort }), [setParams]);
  const onPick = useCallback(
    (next: { chosen: string[]; pinned: string[] }) =>
      setParams({
        fw: next.chosen.join(",") === frameworks.map((f) => f.slug).join(",") ? null : next.chosen,
        pin: next.pinned.length ? next.pinned : null,
      }),
    [frameworks, setParams],
  );
  const baseCriterion = (slug: string) => preset?.criterionWeights[slug] ?? 50;
  const baseCategory = (slug: string) => preset?.categoryWeights[slug] ?? 50;
  const view: ViewOnScreen = {
    criterionWeights: resolved.criterion,
    categoryWeights: resolved.category,
    settings: { method: params.method, missing: params.missing, frameworks: params.fw ? chosen : [] },
  };
  const opened = updatable.find((s) => s.slug === params.scenario);

  return (
    <div className="compare">
      <ParamNotices known={known} />
      <div className="compare__top">
        <RankingPanel
          frameworks={frameworks}
          ranking={comparison.ranking}
          problem={comparison.problem}
          method={params.method}
          footer={
            <>
              <ExportLinks />
              <SaveScenario {...view} canSave={canSave} />
              {/* Keyed by version, so a newer version from the server replaces what this one remembers. */}
              {opened && (
                <UpdateScenario
                  key={`${opened.slug}@${opened.version}@${params.sv}`}
                  // Based on the version the link shows, so a scenario changed since gives a conflict, not an overwrite.
                  scenario={{ ...opened, version: params.sv ?? opened.version }}
                  view={view}
                />
              )}
            </>
          }
          missing={params.missing}
          onMethod={(method) => setParams({ method })}
          onMissing={(missing) => setParams({ missing })}
        />
        <section className="panel panel--charts" aria-label="Charts">
          <p className="small">
            <Link href={`/inclusiveness${search ? `?${search}` : ""}`}>See these frameworks in the inclusiveness charts</Link>
          </p>
          {!charted.problem && (
            <>
              <ContributionsChart
                frameworks={frameworks}
                criteria={criteria}
                categories={categories}
                ranking={charted.ranking}
                contributions={charted.contributions}
                method={chartMethod}
              />
              {chartedLeader && <TornadoChart criteria={criteria} tornado={charted.tornado} leaderName={chartedLeader.shortName} />}
            </>
          )}
        </section>
      </div>

      <div className="compare__main">
        <WeightsPanel
          categories={categories}
          criteria={criteria}
          presets={presets}
          presetSlug={presetSlug}
          label={label}
          resolved={resolved}
          effective={comparison.weights}
          flips={comparison.flips}
          leaderName={leader?.shortName ?? null}
          onPreset={(slug) => setParams({ preset: slug === DEFAULT_PRESET ? null : slug, w: null, cw: null })}
          onReset={() => setParams({ w: null, cw: null })}
          onEqual={() => setParams({ preset: null, w: null, cw: null })}
          onCriterion={(slug, value) => setParams({ w: withOverride(params.w, slug, value, baseCriterion(slug)) }, SLIDER_UPDATE)}
          onCategory={(slug, value) => setParams({ cw: withOverride(params.cw, slug, value, baseCategory(slug)) }, SLIDER_UPDATE)}
        />
        <section className="panel panel--matrix" aria-labelledby="matrix-heading">
          <h2 id="matrix-heading">Side by side</h2>
          <FrameworkPicker frameworks={frameworks} chosen={chosen} pinned={pinned} onChange={onPick} />
          <MatrixToolbar
            categories={categories}
            chosenCategories={params.cat}
            text={params.q}
            onlyDiffering={params.diff}
            transpose={params.t}
            group={params.group}
            shown={shownCriteria.length}
            total={criteria.length}
            onChange={(patch) =>
              setParams(
                {
                  ...(patch.cat !== undefined && { cat: patch.cat.length ? patch.cat : null }),
                  ...(patch.q !== undefined && { q: patch.q || null }),
                  ...(patch.diff !== undefined && { diff: patch.diff || null }),
                  ...(patch.t !== undefined && { t: patch.t || null }),
                  ...(patch.group !== undefined && { group: patch.group ? null : false }),
                },
                patch.q !== undefined ? SLIDER_UPDATE : undefined,
              )
            }
          />
          <SourceFilter sources={sources} chosen={sourceFilter} leftOut={unsupported.size} onChange={(source) => setParams({ source })} />
          <ComparisonMatrix
            frameworks={chosenFrameworks}
            unsupported={unsupported}
            cells={cells}
            criteria={shownCriteria}
            categories={categories}
            pinned={pinned}
            sort={params.sort}
            transpose={params.t}
            group={params.group}
            onSort={onSort}
            onOpen={onOpen}
          />
          <p className="small muted legend-note">
            Colour runs from orange (the criterion&apos;s worst end) to purple (its best end), whichever way the criterion points; the number is the value on
            its scale, the dots its confidence (●●● high, ●●○ medium, ●○○ low), — marks a value the source does not give, and a red edge with ≠ a contested
            value, whose sources disagree. Select a cell for its rationale and quotes.
          </p>
        </section>
      </div>
      <EvidenceDialog
        cell={openCell}
        onClose={() => setOpenCell(null)}
        sources={sourcesBySlug}
        leftOutBy={openCell && unsupported.has(cellKey(openCell.framework.slug, openCell.criterion.slug)) ? (sourceFilter?.title ?? null) : null}
      />
    </div>
  );
}
