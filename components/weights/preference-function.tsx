"use client";

import { useTranslations } from "next-intl";
import { memo, useState } from "react";
import { useIssueText } from "@/components/edit/use-issue-text";
import { issueCode } from "@/lib/domain/issue-codes";
import { suggestedPreference, THRESHOLDS, type PreferenceType, type Threshold } from "@/lib/compare/preference-functions";
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
  const t = useTranslations("preference");
  // What the fields show while being typed in, before it makes a valid function.
  const [draft, setDraft] = useState<{ for: PreferenceFunction; text: Partial<Record<Threshold, string>> } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const issueText = useIssueText();
  const text = draft?.for === value ? draft.text : {};
  const id = `pf-${slug}`;
  const setThreshold = (threshold: Threshold, raw: string) => {
    setDraft({ for: value, text: { ...text, [threshold]: raw } });
    const parsed = preferenceSchema.safeParse({ ...value, [threshold]: Number(raw) });
    if (raw.trim() === "" || !parsed.success) {
      const issue = parsed.error?.issues[0];
      setProblem(raw.trim() === "" ? t("needsNumber", { threshold }) : issue ? issueText({ message: issue.message, ...issueCode(issue) }) : t("invalid"));
      return;
    }
    setProblem(null);
    setDraft(null);
    onChange(slug, parsed.data);
  };
  return (
    <div className="preference" data-preference={slug}>
      <label htmlFor={`${id}-type`}>{t("label")}</label>
      <select
        autoComplete="off"
        id={`${id}-type`}
        value={value.type}
        aria-label={t("of", { name })}
        onChange={(e) => {
          setProblem(null);
          setDraft(null);
          onChange(slug, suggestedPreference(e.target.value as PreferenceType, scale));
        }}
      >
        {PREFERENCE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`types.${type}`)}
          </option>
        ))}
      </select>
      {THRESHOLDS[value.type].map((threshold) => (
        <label key={threshold} className="preference__threshold">
          <span title={t(`thresholds.${threshold}`)}>{threshold}</span>
          <input
            autoComplete="off"
            type="number"
            min={0}
            step="any"
            value={text[threshold] ?? String(thresholdOf(value, threshold) ?? "")}
            onChange={(e) => setThreshold(threshold, e.target.value)}
            aria-label={t("thresholdOf", { threshold: t(`thresholds.${threshold}`), name })}
            aria-invalid={problem !== null && text[threshold] !== undefined}
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
