"use client";

import { memo, useState } from "react";
import { PREFERENCE_LABELS, suggestedPreference, THRESHOLD_LABELS, THRESHOLDS, type PreferenceType, type Threshold } from "@/lib/compare/preference-functions";
import { preferenceSchema } from "@/lib/scoring/methods/promethee2";
import { PREFERENCE_TYPES, type PreferenceFunction } from "@/lib/scoring/promethee";

type Props = {
  slug: string;
  name: string;
  scale: { min: number; max: number };
  value: PreferenceFunction;
  onChange: (slug: string, value: PreferenceFunction) => void;
};

const thresholdOf = (f: PreferenceFunction, t: Threshold) => (f as Partial<Record<Threshold, number>>)[t];

/**
 * PROMETHEE II's preference function of one criterion: its type and the thresholds that type
 * takes, in the criterion's own units. A new type starts from thresholds suggested by the
 * criterion's scale; a threshold that breaks the rules (q above p, p or s not above 0) is
 * named and not applied.
 */
export const PreferenceFunctionControl = memo(function PreferenceFunctionControl({ slug, name, scale, value, onChange }: Props) {
  // What the fields show while being typed in, before it makes a valid function.
  const [draft, setDraft] = useState<{ for: PreferenceFunction; text: Partial<Record<Threshold, string>> } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const text = draft?.for === value ? draft.text : {};
  const id = `pf-${slug}`;
  const setThreshold = (t: Threshold, raw: string) => {
    setDraft({ for: value, text: { ...text, [t]: raw } });
    const parsed = preferenceSchema.safeParse({ ...value, [t]: Number(raw) });
    if (raw.trim() === "" || !parsed.success) {
      setProblem(raw.trim() === "" ? `${t} needs a number.` : (parsed.error?.issues[0]?.message ?? "not a valid threshold"));
      return;
    }
    setProblem(null);
    setDraft(null);
    onChange(slug, parsed.data);
  };
  return (
    <div className="preference" data-preference={slug}>
      <label htmlFor={`${id}-type`}>Preference function</label>
      <select
        id={`${id}-type`}
        value={value.type}
        aria-label={`Preference function of ${name}`}
        onChange={(e) => {
          setProblem(null);
          setDraft(null);
          onChange(slug, suggestedPreference(e.target.value as PreferenceType, scale));
        }}
      >
        {PREFERENCE_TYPES.map((t) => (
          <option key={t} value={t}>
            {PREFERENCE_LABELS[t]}
          </option>
        ))}
      </select>
      {THRESHOLDS[value.type].map((t) => (
        <label key={t} className="preference__threshold">
          <span title={THRESHOLD_LABELS[t]}>{t}</span>
          <input
            type="number"
            min={0}
            step="any"
            value={text[t] ?? String(thresholdOf(value, t) ?? "")}
            onChange={(e) => setThreshold(t, e.target.value)}
            aria-label={`${THRESHOLD_LABELS[t]} of ${name}`}
            aria-invalid={problem !== null && text[t] !== undefined}
          />
        </label>
      ))}
      {problem && (
        <p className="preference__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
});
