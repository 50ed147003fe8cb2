"use client";

import { useTranslations } from "next-intl";
import { memo, useCallback, useMemo } from "react";
import type { Category, Criterion } from "@/lib/domain/criterion";
import { WEIGHT_MAX, WEIGHT_MIN } from "@/lib/domain/preset";
import type { Comparison } from "@/lib/compare/build-comparison";
import { describeSliderFlips } from "@/lib/compare/describe-flips";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import type { PreferenceMap } from "@/lib/compare/preference-functions";
import type { ValueFunctionMap } from "@/lib/compare/value-functions";
import type { ScenarioBase } from "@/lib/domain/scenario";
import type { ValueFunction } from "@/lib/scoring/value-function";
import type { ViewLabel } from "@/lib/compare/view-label";
import type { LocalisedPreset } from "@/lib/i18n/localise-vocabulary";
import type { PreferenceFunction } from "@/lib/scoring/promethee";
import type { EffectiveWeights, ResolvedWeights } from "@/lib/scoring/effective-weights";
import { PairwiseLink } from "@/components/pairwise/pairwise-link";
import { UntranslatedMark } from "@/components/i18n/untranslated-mark";
import { useIsolate } from "@/components/i18n/use-isolate";
import { OnlyTheseCriteria } from "./only-these-criteria";
import { PreferenceFunctionControl } from "./preference-function";
import { PresetValueFunctions } from "./preset-value-functions";
import { usePresetTitle, useViewTitles } from "./use-preset-title";
import { ValueFunctionControl } from "./value-function-control";
import { FlipNote } from "./flip-note";
import { useHeldWhileAway, useNearScreen } from "@/components/scheduling/use-near-screen";
import { WeightSlider } from "./weight-slider";

type Props = {
  categories: Category[];
  criteria: Criterion[];
  /** In the page's language (localisePreset). */
  presets: LocalisedPreset[];
  presetSlug: string;
  /** The saved scenario the link names: offered first in the picker, and chosen while the view starts from it (`label.scenario`). */
  scenario: Pick<ScenarioBase, "slug" | "title" | "rationale"> | undefined;
  /** The preset's (or the scenario's) title, or "Custom (from <it>)" once a weight differs from it. */
  label: ViewLabel;
  resolved: ResolvedWeights;
  effective: EffectiveWeights;
  sliders: Comparison["sliders"];
  leaderName: string | null;
  /** Framework slug -> short name, for who would take the lead. */
  names: ReadonlyMap<string, string>;
  locked: readonly string[];
  /** A preset's slug, or the named scenario's. */
  onPreset: (slug: string) => void;
  /** Back to the weights of the chosen preset, or of the scenario the view starts from (locked ones stay). */
  onReset: () => void;
  /** Every weight equal (the "equal" preset; locked ones stay). */
  onEqual: () => void;
  onCriterion: (slug: string, value: number) => void;
  onCategory: (slug: string, value: number) => void;
  onLock: (slug: string, locked: boolean) => void;
  /** Every criterion but these (and the locked ones) to 0. */
  onOnlyThese: (slugs: string[]) => void;
  /** Each criterion's preference function, set under its slider: when the method reads them (PROMETHEE II), else null. */
  preferences?: { map: PreferenceMap; onChange: (slug: string, f: PreferenceFunction) => void } | null;
  /** What the view holds good per criterion (where it is not the criterion's own direction), and its setter. */
  valueFunctions: { map: ValueFunctionMap; onChange: (slug: string, f: ValueFunction) => void };
};

/** "3 of the weights and 1 value function differ", as the label counts them. */
function describeChanges(label: ViewLabel, t: ReturnType<typeof useTranslations<"weights">>): string {
  const weights = label.changed.criteria.length + label.changed.categories.length;
  const functions = label.changed.valueFunctions.length;
  if (functions === 0) return t("changed", { count: weights });
  if (weights === 0) return t("changedFunctions", { count: functions });
  return t("changedBoth", { weights, functions });
}

const CRITERION = "criterion-";
const CATEGORY = "category-";
const USUAL: PreferenceFunction = { type: "usual" };

type Flips = Comparison["sliders"]["criteria"][string] | undefined;

/** Who leads now and how to name a framework, for the notes under the sliders. */
type Lead = { leaderName: string | null; nameOf: (slug: string) => string };

function flipNote(flips: Flips, { leaderName, nameOf }: Lead) {
  const note = leaderName ? describeSliderFlips(flips) : null;
  return note && leaderName ? <FlipNote note={note} leaderName={leaderName} nameOf={nameOf} /> : null;
}

type CategoryWeightProps = {
  category: Category;
  value: number;
  share: number;
  /** Every criterion in it is weighted 0 (and it is not). */
  membersOff: boolean;
  flips: Flips;
  lead: Lead;
  onChange: (id: string, value: number) => void;
};

// Memoised on plain props, so that a weight change re-renders the slider that moved at once and
// the others only when their share or flips arrive in the deferred render.
const CategoryWeight = memo(function CategoryWeight({ category, value, membersOff, onChange, share, flips, lead }: CategoryWeightProps) {
  const t = useTranslations("weights");
  const { ref, near } = useNearScreen();
  const shown = useHeldWhileAway(
    useMemo(() => ({ share, flips, lead }), [share, flips, lead]),
    near,
  );
  const note = useMemo(() => flipNote(shown.flips, shown.lead), [shown]);
  return (
    <WeightSlider
      ref={ref}
      id={`${CATEGORY}${category.slug}`}
      label={t("categorySlider", { category: category.name })}
      value={value}
      share={shown.share}
      shareLabel={t("ofCategories")}
      onChange={onChange}
      inactive={membersOff ? t("categoryInactive") : null}
      note={note}
    />
  );
});

type CriterionWeightProps = {
  criterion: Criterion;
  /** Its category's name when that category is weighted 0 (the slider is then inactive), else null. */
  offCategory: string | null;
  value: number;
  share: number;
  withinCategory: number;
  locked: boolean;
  flips: Flips;
  lead: Lead;
  onChange: (id: string, value: number) => void;
  onLock: (id: string, locked: boolean) => void;
  valueFunction: ValueFunction | undefined;
  presetValueFunction: ValueFunction | undefined;
  onValueFunction: (slug: string, f: ValueFunction) => void;
  /** Its preference function when the method reads them, else null. */
  preference: PreferenceFunction | null;
  onPreference: ((slug: string, f: PreferenceFunction) => void) | undefined;
};

const CriterionWeight = memo(function CriterionWeight({
  criterion: c,
  offCategory,
  value,
  locked,
  onChange,
  onLock,
  valueFunction,
  presetValueFunction,
  onValueFunction,
  preference,
  onPreference,
  share,
  withinCategory,
  flips,
  lead,
}: CriterionWeightProps) {
  const t = useTranslations("weights");
  const { percent } = useNumberFormat();
  // A weight change moves every share and flip point; a slider off screen takes them when it comes near.
  const { ref, near } = useNearScreen();
  const shown = useHeldWhileAway(
    useMemo(() => ({ share, withinCategory, flips, lead }), [share, withinCategory, flips, lead]),
    near,
  );
  const note = useMemo(() => (offCategory !== null ? null : flipNote(shown.flips, shown.lead)), [offCategory, shown]);
  const more = useMemo(
    () => (
      <>
        <ValueFunctionControl criterion={c} value={valueFunction} presetValue={presetValueFunction} onChange={onValueFunction} />
        {preference && onPreference && <PreferenceFunctionControl slug={c.slug} name={c.name} scale={c.scale} value={preference} onChange={onPreference} />}
      </>
    ),
    [c, valueFunction, presetValueFunction, onValueFunction, preference, onPreference],
  );
  return (
    <WeightSlider
      ref={ref}
      id={`${CRITERION}${c.slug}`}
      label={c.name}
      value={value}
      share={shown.share}
      shareLabel={t("effectiveShare", { share: percent(shown.withinCategory) })}
      onChange={onChange}
      locked={locked}
      onLock={onLock}
      inactive={offCategory !== null ? t("criterionInactive", { category: offCategory }) : null}
      note={note}
    >
      {more}
    </WeightSlider>
  );
});

/**
 * Presets, category weights and criterion weights, each with its normalised share and what it
 * can do to the lead in its own units; locks and "only these criteria" for quick weighting.
 */
export const WeightsPanel = memo(function WeightsPanel(props: Props) {
  const {
    categories,
    criteria,
    presets,
    presetSlug,
    scenario,
    label,
    resolved,
    effective,
    sliders,
    leaderName,
    names,
    onCriterion,
    onCategory,
    onLock,
    preferences,
    valueFunctions,
  } = props;
  const t = useTranslations("weights");
  const preset = presets.find((p) => p.slug === presetSlug);
  const presetTitle = usePresetTitle();
  const { start, view: viewText } = useViewTitles(label, presets);
  const isolate = useIsolate();
  const fromScenario = label.scenario !== null;
  const index = new Map(criteria.map((c, j) => [c.slug, j]));
  const locked = new Set(props.locked);
  const nameOf = useCallback((slug: string) => names.get(slug) ?? slug, [names]);
  const lead = useMemo(() => ({ leaderName, nameOf }), [leaderName, nameOf]);
  const onSlider = useCallback(
    (id: string, value: number) => (id.startsWith(CRITERION) ? onCriterion(id.slice(CRITERION.length), value) : onCategory(id.slice(CATEGORY.length), value)),
    [onCriterion, onCategory],
  );
  const onLockSlider = useCallback((id: string, on: boolean) => onLock(id.slice(CRITERION.length), on), [onLock]);
  return (
    <section className="panel" aria-labelledby="weights-heading" id="weights" tabIndex={-1}>
      <h2 id="weights-heading">{t("heading")}</h2>
      <div className="preset-row">
        <label htmlFor="preset">{t("perspective")}</label>
        <select autoComplete="off" id="preset" value={fromScenario ? label.scenario!.slug : presetSlug} onChange={(e) => props.onPreset(e.target.value)}>
          {scenario && <option value={scenario.slug}>{fromScenario ? viewText : isolate(scenario.title)}</option>}
          {presets.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.slug === presetSlug && !fromScenario ? viewText : presetTitle(p)}
            </option>
          ))}
        </select>
        <button type="button" onClick={props.onReset} disabled={!label.custom} title={t("resetTitle", { preset: start })}>
          {t("reset", { preset: start })}
        </button>
        <button type="button" onClick={props.onEqual} disabled={presetSlug === "equal" && !label.custom && !fromScenario}>
          {t("equal")}
        </button>
      </div>
      {label.custom && (
        <p className="small view-label" data-testid="view-label">
          <strong>{viewText}</strong>: {describeChanges(label, t)}
        </p>
      )}
      {/* A scenario's rationale is its author's, as written. */}
      {fromScenario && scenario && (
        <p className="small muted preset-rationale" dir="auto">
          {scenario.rationale}
        </p>
      )}
      {!fromScenario && preset && (
        <p className="small muted preset-rationale" dir="auto">
          {preset.rationale}
          <UntranslatedMark entity={preset} field="rationale" />
        </p>
      )}
      {!fromScenario && preset && <PresetValueFunctions preset={preset} criteria={criteria} />}
      <PairwiseLink />
      <p className="small muted">
        {t("explanation", { min: WEIGHT_MIN, max: WEIGHT_MAX })}
        {locked.size > 0 && ` ${t("lockedNote", { count: locked.size })}`}
      </p>
      {preferences && (
        <p className="small muted" data-testid="preference-note">
          {t("prometheeNote", { from: 0, to: 1 })}
        </p>
      )}
      {categories.map((category) => {
        const members = criteria.filter((c) => c.category === category.slug);
        if (members.length === 0) return null;
        const categoryOff = (resolved.category[category.slug] ?? 0) === 0;
        const membersOff = members.every((c) => (resolved.criterion[c.slug] ?? 0) === 0);
        return (
          <fieldset key={category.slug} className="weight-group">
            <legend>{category.name}</legend>
            <CategoryWeight
              category={category}
              value={resolved.category[category.slug] ?? 0}
              share={effective.categoryShare[category.slug] ?? 0}
              membersOff={membersOff && !categoryOff}
              flips={sliders.categories[category.slug]}
              lead={lead}
              onChange={onSlider}
            />
            <div className="weight-group__criteria">
              {members.map((c) => (
                <CriterionWeight
                  key={c.slug}
                  criterion={c}
                  offCategory={categoryOff ? category.name : null}
                  value={resolved.criterion[c.slug] ?? 0}
                  share={effective.normalised?.[index.get(c.slug)!] ?? 0}
                  withinCategory={effective.withinCategory[c.slug] ?? 0}
                  locked={locked.has(c.slug)}
                  flips={sliders.criteria[c.slug]}
                  lead={lead}
                  onChange={onSlider}
                  onLock={onLockSlider}
                  valueFunction={valueFunctions.map[c.slug]}
                  presetValueFunction={preset?.valueFunctions?.[c.slug]}
                  onValueFunction={valueFunctions.onChange}
                  preference={preferences ? (preferences.map[c.slug] ?? USUAL) : null}
                  onPreference={preferences?.onChange}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
      <OnlyTheseCriteria categories={categories} criteria={criteria} locked={locked} onApply={props.onOnlyThese} />
    </section>
  );
});
