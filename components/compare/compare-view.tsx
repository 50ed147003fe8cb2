"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/i18n/link";
import { useSearchParams } from "next/navigation";
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import type { Preset, WeightMap } from "@/lib/domain/preset";
import { withAssumption } from "@/lib/compare/assumptions";
import { filterCriteria } from "@/lib/compare/filter-criteria";
import { presetWeight } from "@/lib/compare/resolve-view";
import { EQUAL_PRESET } from "@/lib/compare/view-label";
import { cellKey } from "@/lib/compare/cell-key";
import { presetPerspectives } from "@/lib/compare/perspectives";
import { readsPreferences, withPreference } from "@/lib/compare/preference-functions";
import { backToScenario, keepLocked, onlyThese } from "@/lib/compare/quick-weights";
import { withValueFunction } from "@/lib/compare/value-functions";
import type { ValueFunction } from "@/lib/scoring/value-function";
import type { SweepTarget } from "@/lib/compare/weight-sweep";
import { resolveWeights } from "@/lib/scoring/effective-weights";
import { methodOf } from "@/lib/scoring/methods/registry";
import type { PreferenceFunction } from "@/lib/scoring/promethee";
import { type Scenario, type ScenarioBase, scenarioBase } from "@/lib/domain/scenario";
import type { SortSpec } from "@/lib/url-state/compare-params";
import { ContributionsChart } from "@/components/charts/contributions-chart";
import { FlowChart } from "@/components/charts/flow-chart";
import { TornadoChart } from "@/components/charts/tornado-chart";
import { InOwnTask } from "@/components/charts/in-own-task";
import { ComparisonMatrix } from "@/components/matrix/comparison-matrix";
import { sourceIndex } from "@/components/evidence/citation-quote";
import { EvidenceDialog, type OpenCell } from "@/components/matrix/evidence-dialog";
import { FrameworkPicker } from "@/components/matrix/framework-picker";
import { MatrixToolbar } from "@/components/matrix/matrix-toolbar";
import { ExportLinks } from "@/components/export/export-links";
import { SaveScenario, UpdateScenario, type OpenedScenario, type ViewOnScreen } from "@/components/scenarios/scenario-actions";
import { WeightsPanel } from "@/components/weights/weights-panel";
import { useViewTitles } from "@/components/weights/use-preset-title";
import { RobustnessPanel } from "@/components/robustness/robustness-panel";
import { AssumptionsPanel } from "./assumptions-panel";
import { LiveRanking } from "./live-ranking";
import { ParamNotices } from "./param-notices";
import { PerspectivesUnderEveryMethod, SweepOfOneWeight } from "./deferred-panels";
import { RankingPanel } from "./ranking-panel";
import { SourceFilter } from "./source-filter";
import { useProblemText } from "./use-problem-text";
import { useCompareState } from "./use-compare-state";
import { type CompareState, type ComparisonData, useComparisonFromParams, useRankingAnalysis } from "./use-comparison-from-url";

/** updatable: the saved scenarios the signed-in user may overwrite with the view on screen. */
type Props = ComparisonData & { updatable: OpenedScenario[]; canSave: boolean };

/** Keeps an override only where it differs from the preset's value, so links stay short. */
function withOverride(map: WeightMap, slug: string, value: number, base: number): WeightMap | null {
  const next = { ...map };
  if (value === base) delete next[slug];
  else next[slug] = value;
  return Object.keys(next).length ? next : null;
}

/**
 * /compare: every setting in the URL, every number recomputed in the browser on each change.
 * Reads the URL state here and hands it to the memoised workspace: after a slider the router
 * echoes the URL it was given, which re-renders what reads the search parameters, and nothing
 * of the workspace changed by it.
 */
export function CompareView(props: Props) {
  const [params, setParams] = useCompareState();
  return <CompareWorkspace {...props} params={params} setParams={setParams} />;
}

type WorkspaceProps = Props & { params: CompareState[0]; setParams: CompareState[1] };

const CompareWorkspace = memo(function CompareWorkspace({ updatable, canSave, params: urlParams, setParams: setUrlParams, ...props }: WorkspaceProps) {
  // A scenario updated from this page is what the view starts from now: its label says so without a reload.
  const [updated, setUpdated] = useState<Scenario | null>(null);
  const savedScenarios = props.scenarios;
  const scenarios = useMemo(
    () => (updated ? savedScenarios.map((s) => (s.slug === updated.slug ? scenarioBase(updated) : s)) : savedScenarios),
    [savedScenarios, updated],
  );
  const data = { ...props, scenarios };
  const { frameworks, criteria, categories, presets, sources } = data;
  const {
    params,
    setParams,
    known,
    presetSlug,
    preset,
    scenario,
    fromScenario,
    chosen,
    pinned,
    locked,
    chosenCategories,
    chosenFrameworks,
    chosenValues,
    scoredValues,
    cells,
    resolved,
    label,
    preferences,
    valueFunctions,
    ranked,
    scoring,
    assumptions,
    sourceFilter,
    unsupported,
  } = useComparisonFromParams(data, [urlParams, setUrlParams]);
  const t = useTranslations("compare");
  const [openCell, setOpenCell] = useState<OpenCell | null>(null);
  const [sweepTarget, setSweepTarget] = useState<SweepTarget | null>(null);
  const sourcesBySlug = useMemo(() => sourceIndex(sources), [sources]);
  const names = useMemo(() => new Map(frameworks.map((f) => [f.slug, f.shortName])), [frameworks]);
  const categorySlugs = useMemo(() => categories.map((c) => c.slug), [categories]);
  const baseOf = useCallback((p: Preset | undefined) => resolveWeights(criteria, categorySlugs, p, { criterion: {}, category: {} }), [criteria, categorySlugs]);

  // The charts, the perspectives under other methods and the sweep follow a deferred copy, so sliders and the ranking answer first on large data.
  // A weight change shows the ranking at once; what explains it (contributions, flips, the sliders' notes) follows in the deferred render.
  const deferred = useDeferredValue(
    useMemo(() => ({ ranked, scoring, resolved, method: params.method, slugs: chosen }), [ranked, scoring, resolved, params.method, chosen]),
  );
  const comparison = useRankingAnalysis(deferred.ranked, deferred.scoring);
  const problemText = useProblemText(ranked);
  const chartMethod = deferred.method;
  const chartedLeader = comparison.ranking[0] ? frameworks.find((f) => f.slug === comparison.ranking[0]!.slug) : undefined;

  const shownCriteria = useMemo(
    () => filterCriteria(criteria, chosenValues, { categories: chosenCategories, text: params.q, onlyDiffering: params.diff }),
    [criteria, chosenValues, chosenCategories, params.q, params.diff],
  );

  // Every preset's ranking does not depend on the view's own weights: a slider leaves it, and the baseline of the rank changes, alone.
  const presetScoring = useMemo(
    () => ({ frameworks: chosen, values: scoredValues, criteria, categories: categorySlugs, preferences, valueFunctions }),
    [chosen, scoredValues, criteria, categorySlugs, preferences, valueFunctions],
  );
  const presetColumns = useMemo(
    // A view that starts from a saved scenario is none of the presets, even where its weights are equal to one.
    () => presetPerspectives({ ...presetScoring, presets, presetSlug, custom: label.custom || !!fromScenario, method: params.method, missing: params.missing }),
    [presetScoring, presets, presetSlug, label.custom, fromScenario, params.method, params.missing],
  );
  const baseline = presetColumns.find((c) => c.preset === presetSlug)?.ranks ?? null;
  const underEveryMethod = useMemo(
    () => ({ ...presetScoring, weights: deferred.resolved, method: deferred.method, missing: params.missing }),
    [presetScoring, deferred, params.missing],
  );
  // Until a slider moves, the sweep shows the criterion whose weight matters most to the lead (the tornado's first).
  const defaultTarget = comparison.tornado[0]?.slug ?? criteria[0]?.slug ?? "";
  // Deferred like the charts: a slider's first move switches the sweep without holding up the ranking.
  const target = useDeferredValue(useMemo<SweepTarget>(() => sweepTarget ?? { kind: "criterion", slug: defaultTarget }, [sweepTarget, defaultTarget]));
  const sweepFrom = useMemo(() => ({ scored: deferred.ranked.scored, criteria, weights: deferred.resolved, slugs: deferred.slugs }), [deferred, criteria]);
  const chartedOrder = useMemo(() => comparison.ranking.map((r) => r.slug), [comparison]);
  const assumedBy = useMemo(() => new Set(assumptions.kept.map((a) => a.framework)), [assumptions]);

  // The page title says which weights are on screen, as every export does.
  const { preset: presetTitle, view: viewText } = useViewTitles(label, presets);
  useEffect(() => {
    document.title = t("documentTitle", { view: viewText });
  }, [t, viewText]);

  const onOpen = useCallback((cell: OpenCell) => setOpenCell(cell), []);
  const onSort = useCallback((sort: SortSpec | null) => setParams({ sort }), [setParams]);
  // Functional updates, so these stay the same between renders and the memoised sliders skip re-rendering.
  const onCriterion = useCallback(
    (slug: string, value: number) => {
      setSweepTarget((old) => (old?.kind === "criterion" && old.slug === slug ? old : { kind: "criterion", slug }));
      void setParams((old) => ({ w: withOverride(old.w, slug, value, presetWeight(preset, "criterion", slug)) }), `w:${slug}`);
    },
    [setParams, preset],
  );
  const onCategory = useCallback(
    (slug: string, value: number) => {
      setSweepTarget((old) => (old?.kind === "category" && old.slug === slug ? old : { kind: "category", slug }));
      void setParams((old) => ({ cw: withOverride(old.cw, slug, value, presetWeight(preset, "category", slug)) }), `cw:${slug}`);
    },
    [setParams, preset],
  );
  const onLock = useCallback(
    (slug: string, on: boolean) => void setParams((old) => ({ lock: on ? [...old.lock.filter((s) => s !== slug), slug] : old.lock.filter((s) => s !== slug) })),
    [setParams],
  );
  const onScenario = useCallback(
    (s: ScenarioBase) =>
      setParams(
        backToScenario(
          criteria,
          categorySlugs,
          s,
          presets.find((p) => p.slug === EQUAL_PRESET.slug),
          locked,
          resolved,
        ),
      ),
    [setParams, criteria, categorySlugs, presets, locked, resolved],
  );
  const onPreset = useCallback(
    (slug: string) =>
      scenario?.slug === slug
        ? onScenario(scenario)
        : setParams({
            // While the link names a saved scenario, no preset means starting from it: the equal weights are then named.
            preset: slug === EQUAL_PRESET.slug && !scenario ? null : slug,
            w: keepLocked(locked, resolved, baseOf(presets.find((p) => p.slug === slug))),
            cw: null,
            vf: null,
          }),
    [setParams, scenario, onScenario, locked, resolved, baseOf, presets],
  );
  const onReset = useCallback(
    () => (fromScenario ? onScenario(fromScenario) : setParams({ w: keepLocked(locked, resolved, baseOf(preset)), cw: null, vf: null })),
    [setParams, fromScenario, onScenario, locked, resolved, baseOf, preset],
  );
  const onEqual = useCallback(() => onPreset(EQUAL_PRESET.slug), [onPreset]);
  const onOnlyThese = useCallback(
    (slugs: string[]) => setParams(onlyThese(criteria, slugs, locked, resolved, baseOf(preset))),
    [setParams, criteria, locked, resolved, baseOf, preset],
  );
  const onPreference = useCallback(
    (slug: string, f: PreferenceFunction) =>
      void setParams((old) => {
        const next = withPreference(old.pf, slug, f);
        return { pf: Object.keys(next).length ? next : null };
      }),
    [setParams],
  );
  // What is good per criterion: an entry in the link only where it differs from the preset's.
  const onValueFunction = useCallback(
    (slug: string, f: ValueFunction) =>
      void setParams((old) => {
        const criterion = criteria.find((c) => c.slug === slug)!;
        const next = withValueFunction(old.vf, criterion, f, preset?.valueFunctions?.[slug]);
        return { vf: Object.keys(next).length ? next : null };
      }),
    [setParams, criteria, preset],
  );
  // Stable, so the memoised assumptions panel skips a weight change.
  const onAssume = useCallback(
    (framework: string, criterion: string, value: number | null) =>
      void setParams((old) => {
        const next = withAssumption(old.assume, framework, criterion, value);
        return { assume: next.length ? next : null };
      }),
    [setParams],
  );
  const valueFunctionControls = useMemo(() => ({ map: valueFunctions, onChange: onValueFunction }), [valueFunctions, onValueFunction]);
  // Preference functions are set under the sliders when the method reads them (PROMETHEE II).
  const methodReadsPreferences = readsPreferences(methodOf(params.method).criterionParameters);
  const preferenceControls = useMemo(
    () => (methodReadsPreferences ? { map: preferences, onChange: onPreference } : null),
    [methodReadsPreferences, preferences, onPreference],
  );
  const onPick = useCallback(
    (next: { chosen: string[]; pinned: string[] }) =>
      setParams({
        fw: next.chosen.join(",") === frameworks.map((f) => f.slug).join(",") ? null : next.chosen,
        pin: next.pinned.length ? next.pinned : null,
      }),
    [frameworks, setParams],
  );
  const view: ViewOnScreen = {
    criterionWeights: resolved.criterion,
    categoryWeights: resolved.category,
    ...(Object.keys(valueFunctions).length && { valueFunctions }),
    settings: {
      method: params.method,
      missing: params.missing,
      frameworks: params.fw ? chosen : [],
      ...(Object.keys(preferences).length && { preferences }),
    },
  };
  const opened = updatable.find((s) => s.slug === params.scenario);

  return (
    <div className="compare">
      <ParamNotices known={known} extra={assumptions.ignored} />
      <div className="compare__top">
        <RankingPanel
          frameworks={frameworks}
          ranking={ranked.ranking}
          problem={problemText}
          method={params.method}
          assumedBy={assumedBy}
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
                  onUpdated={setUpdated}
                />
              )}
            </>
          }
          missing={params.missing}
          onMethod={(method) => setParams({ method })}
          onMissing={(missing) => setParams({ missing })}
        />
        <section className="panel panel--charts" aria-label={t("charts")}>
          <p className="small">
            <InclusivenessLink />
          </p>
          {!comparison.problem && (
            <>
              <InOwnTask
                component={ContributionsChart}
                props={{ frameworks, criteria, categories, ranking: comparison.ranking, contributions: comparison.contributions, method: chartMethod }}
              />
              {comparison.flows && <InOwnTask component={FlowChart} props={{ names, ranking: comparison.ranking, flows: comparison.flows }} />}
              {chartedLeader && <InOwnTask component={TornadoChart} props={{ criteria, tornado: comparison.tornado, leaderName: chartedLeader.shortName }} />}
            </>
          )}
        </section>
      </div>

      <div className="workspace">
        <WeightsPanel
          categories={categories}
          criteria={criteria}
          presets={presets}
          presetSlug={presetSlug}
          scenario={scenario}
          label={label}
          resolved={resolved}
          effective={comparison.weights}
          sliders={comparison.sliders}
          leaderName={chartedLeader?.shortName ?? null}
          names={names}
          locked={locked}
          onPreset={onPreset}
          onReset={onReset}
          onEqual={onEqual}
          onCriterion={onCriterion}
          onCategory={onCategory}
          onLock={onLock}
          onOnlyThese={onOnlyThese}
          preferences={preferenceControls}
          valueFunctions={valueFunctionControls}
        />
        <div className="workspace__aside">
          {!comparison.problem && (
            <section className="panel panel--sweep" aria-label={t("sweep")}>
              <InOwnTask
                component={SweepOfOneWeight}
                props={{ from: sweepFrom, target, order: chartedOrder, slugs: deferred.slugs, names, criteria, categories, onTarget: setSweepTarget }}
              />
            </section>
          )}
          <LiveRanking
            names={names}
            ranking={ranked.ranking}
            problem={problemText}
            baseline={baseline}
            baselineTitle={presetTitle}
            assumed={assumptions.kept.length}
          />
        </div>
      </div>

      {!comparison.problem && (
        <InOwnTask component={PerspectivesUnderEveryMethod} props={{ names, order: chartedOrder, presets, presetColumns, under: underEveryMethod }} />
      )}
      {!comparison.problem && (
        <InOwnTask
          component={RobustnessPanel}
          props={{
            method: params.method,
            missing: params.missing,
            frameworks: chosen,
            names,
            criteria,
            values: scoredValues,
            weights: comparison.weights.normalised,
            preferences: methodReadsPreferences ? preferences : undefined,
            valueFunctions,
          }}
        />
      )}

      <section className="panel panel--matrix" aria-labelledby="matrix-heading" id="matrix" tabIndex={-1}>
        <h2 id="matrix-heading">{t("matrixHeading")}</h2>
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
              patch.q !== undefined ? "q" : undefined,
            )
          }
        />
        <SourceFilter sources={sources} chosen={sourceFilter} leftOut={unsupported.size} onChange={(source) => setParams({ source })} />
        <ComparisonMatrix
          frameworks={chosenFrameworks}
          unsupported={unsupported}
          assumed={assumptions.values}
          valueFunctions={valueFunctions}
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
        <p className="small muted legend-note">{t("matrixLegend")}</p>
      </section>
      <AssumptionsPanel frameworks={chosenFrameworks} cells={cells} criteria={criteria} assumptions={assumptions.kept} onChange={onAssume} />
      <EvidenceDialog
        cell={openCell}
        onClose={() => setOpenCell(null)}
        sources={sourcesBySlug}
        leftOutBy={openCell && unsupported.has(cellKey(openCell.framework.slug, openCell.criterion.slug)) ? (sourceFilter?.title ?? null) : null}
      />
    </div>
  );
});

/** The same view on /inclusiveness: reads the search parameters itself, so their echo re-renders only this link. */
function InclusivenessLink() {
  const t = useTranslations("compare");
  const search = useSearchParams().toString();
  return <Link href={`/inclusiveness${search ? `?${search}` : ""}`}>{t("inclusivenessLink")}</Link>;
}
