"use client";

import type { Category, Criterion } from "@/lib/domain/criterion";
import type { Preset } from "@/lib/domain/preset";
import type { CriterionFlip } from "@/lib/compare/build-comparison";
import { formatPercent } from "@/lib/compare/format";
import type { ViewLabel } from "@/lib/compare/view-label";
import type { EffectiveWeights, ResolvedWeights } from "@/lib/scoring/effective-weights";
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
  flips: Record<string, CriterionFlip>;
  leaderName: string | null;
  onPreset: (slug: string) => void;
  /** Back to the chosen preset's weights. */
  onReset: () => void;
  /** Every weight equal (the "equal" preset). */
  onEqual: () => void;
  onCriterion: (slug: string, value: number) => void;
  onCategory: (slug: string, value: number) => void;
};

function FlipNote({ flip, leaderName }: { flip: CriterionFlip | undefined; leaderName: string | null }) {
  if (!flip || !leaderName) return null;
  const parts = [
    flip.lowerFlip !== null ? `below ${formatPercent(flip.lowerFlip)}` : null,
    flip.upperFlip !== null ? `above ${formatPercent(flip.upperFlip)}` : null,
  ].filter(Boolean);
  return (
    <p className="weight__flip">
      {parts.length ? `${leaderName} loses the lead if this weight goes ${parts.join(" or ")}.` : "No weight of this criterion alone changes the leader."}
    </p>
  );
}

/** Presets, category weights and criterion weights, each with its normalised share and flip thresholds. */
export function WeightsPanel(props: Props) {
  const { categories, criteria, presets, presetSlug, label, resolved, effective } = props;
  const preset = presets.find((p) => p.slug === presetSlug);
  const index = new Map(criteria.map((c, j) => [c.slug, j]));
  return (
    <section className="panel" aria-labelledby="weights-heading">
      <h2 id="weights-heading">Weights</h2>
      <div className="preset-row">
        <label htmlFor="preset">Perspective</label>
        <select id="preset" value={presetSlug} onChange={(e) => props.onPreset(e.target.value)}>
          {presets.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.slug === presetSlug ? label.text : p.title}
            </option>
          ))}
        </select>
        <button type="button" onClick={props.onReset} disabled={!label.custom} title={`Back to the weights of ${label.preset.title}`}>
          Reset to {label.preset.title}
        </button>
        <button type="button" onClick={props.onEqual} disabled={presetSlug === "equal" && !label.custom}>
          Equal weights
        </button>
      </div>
      {label.custom && (
        <p className="small view-label" data-testid="view-label">
          <strong>{label.text}</strong>: {label.changed.criteria.length + label.changed.categories.length} of the weights differ from the preset.
        </p>
      )}
      {preset && <p className="small muted preset-rationale">{preset.rationale}</p>}
      <p className="small muted">Each criterion&apos;s effective weight is its own weight times its category&apos;s, shown as a share of the total.</p>
      {categories.map((category) => {
        const members = criteria.filter((c) => c.category === category.slug);
        if (members.length === 0) return null;
        return (
          <fieldset key={category.slug} className="weight-group">
            <legend>{category.name}</legend>
            <WeightSlider
              id={`category-${category.slug}`}
              label={`${category.name} (category)`}
              value={resolved.category[category.slug] ?? 0}
              share={effective.categoryShare[category.slug] ?? 0}
              shareLabel="of the categories"
              onChange={(v) => props.onCategory(category.slug, v)}
            />
            <div className="weight-group__criteria">
              {members.map((c) => (
                <WeightSlider
                  key={c.slug}
                  id={`criterion-${c.slug}`}
                  label={c.name}
                  value={resolved.criterion[c.slug] ?? 0}
                  share={effective.normalised?.[index.get(c.slug)!] ?? 0}
                  shareLabel={`effective (${formatPercent(effective.withinCategory[c.slug] ?? 0)} of its category)`}
                  onChange={(v) => props.onCriterion(c.slug, v)}
                >
                  <FlipNote flip={props.flips[c.slug]} leaderName={props.leaderName} />
                </WeightSlider>
              ))}
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
