"use client";

import { useTranslations } from "next-intl";
import { memo, useCallback } from "react";
import type { Category, Criterion } from "@/lib/domain/criterion";
import { type Preset, WEIGHT_MAX, WEIGHT_MIN } from "@/lib/domain/preset";
import type { Comparison } from "@/lib/compare/build-comparison";
import { describeSliderFlips } from "@/lib/compare/describe-flips";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import type { PreferenceMap } from "@/lib/compare/preference-functions";
import type { ValueFunctionMap } from "@/lib/compare/value-functions";
import type { ValueFunction } from "@/lib/scoring/value-function";
import type { ViewLabel } from "@/lib/compare/view-label";
import type { PreferenceFunction } from "@/lib/scoring/promethee";
import type { EffectiveWeights, ResolvedWeights } from "@/lib/scoring/effective-weights";
import { PairwiseLink } from "@/components/pairwise/pairwise-link";
import { OnlyTheseCriteria } from "./only-these-criteria";
import { PreferenceFunctionControl } from "./preference-function";
import { PresetValueFunctions } from "./preset-value-functions";
import { ValueFunctionControl } from "./value-function-control";
import { FlipNote } from "./flip-note";
import { WeightSlider } from "./weight-slider";

type Props = {
  categories: Category[];
  criteria: Criterion[];
  presets: Preset[];
  presetSlug: string;
  /** The preset's title, or "Custom (from <preset>)" once a weight differs from it. */
  label: ViewLabel;
  resolved: ResolvedWeights;
  effective: EffectiveWeights;
  sliders: Comparison["sliders"];
  leaderName: string | null;
  /** Framework slug -> short name, for who would take the lead. */
  names: ReadonlyMap<string, string>;
  locked: readonly string[];
  onPreset: (slug: string) => void;
  /** Back to the chosen preset's weights (locked ones stay). */
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

const USUAL: PreferenceFunction = { type: "usual" };

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
  const { percent } = useNumberFormat();
  const preset = presets.find((p) => p.slug === presetSlug);
  const viewText = label.custom ? t("customView", { preset: label.preset.title }) : label.text;
  const index = new Map(criteria.map((c, j) => [c.slug, j]));
  const locked = new Set(props.locked);
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const note = (s: Comparison["sliders"]["criteria"][string] | undefined) => {
    const flips = leaderName ? describeSliderFlips(s) : null;
    return flips && leaderName ? <FlipNote note={flips} leaderName={leaderName} nameOf={nameOf} /> : null;
  };
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
        <select id="preset" value={presetSlug} onChange={(e) => props.onPreset(e.target.value)}>
          {presets.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.slug === presetSlug ? viewText : p.title}
            </option>
          ))}
        </select>
        <button type="button" onClick={props.onReset} disabled={!label.custom} title={t("resetTitle", { preset: label.preset.title })}>
          {t("reset", { preset: label.preset.title })}
        </button>
        <button type="button" onClick={props.onEqual} disabled={presetSlug === "equal" && !label.custom}>
          {t("equal")}
        </button>
      </div>
      {label.custom && (
        <p className="small view-label" data-testid="view-label">
          <strong>{viewText}</strong>: {describeChanges(label, t)}
        </p>
      )}
      {preset && <p className="small muted preset-rationale">{preset.rationale}</p>}
      {preset && <PresetValueFunctions preset={preset} criteria={criteria} />}
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
            <WeightSlider
              id={`${CATEGORY}${category.slug}`}
              label={t("categorySlider", { category: category.name })}
              value={resolved.category[category.slug] ?? 0}
              share={effective.categoryShare[category.slug] ?? 0}
              shareLabel={t("ofCategories")}
              onChange={onSlider}
              inactive={membersOff && !categoryOff ? t("categoryInactive") : null}
              note={note(sliders.categories[category.slug])}
            />
            <div className="weight-group__criteria">
              {members.map((c) => (
                <WeightSlider
                  key={c.slug}
                  id={`${CRITERION}${c.slug}`}
                  label={c.name}
                  value={resolved.criterion[c.slug] ?? 0}
                  share={effective.normalised?.[index.get(c.slug)!] ?? 0}
                  shareLabel={t("effectiveShare", { share: percent(effective.withinCategory[c.slug] ?? 0) })}
                  onChange={onSlider}
                  locked={locked.has(c.slug)}
                  onLock={onLockSlider}
                  inactive={categoryOff ? t("criterionInactive", { category: category.name }) : null}
                  note={categoryOff ? null : note(sliders.criteria[c.slug])}
                >
                  <ValueFunctionControl
                    criterion={c}
                    value={valueFunctions.map[c.slug]}
                    presetValue={preset?.valueFunctions?.[c.slug]}
                    onChange={valueFunctions.onChange}
                  />
                  {preferences && (
                    <PreferenceFunctionControl
                      slug={c.slug}
                      name={c.name}
                      scale={c.scale}
                      value={preferences.map[c.slug] ?? USUAL}
                      onChange={preferences.onChange}
                    />
                  )}
                </WeightSlider>
              ))}
            </div>
          </fieldset>
        );
      })}
      <OnlyTheseCriteria categories={categories} criteria={criteria} locked={locked} onApply={props.onOnlyThese} />
    </section>
  );
});
