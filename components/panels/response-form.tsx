"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { WeightSlider } from "@/components/weights/weight-slider";
import { useFailureText } from "@/components/edit/use-issue-text";
import { PairwiseResponse } from "./pairwise-response";
import type { OwnResponse } from "@/lib/domain/panel";
import { DEFAULT_WEIGHT } from "@/lib/domain/preset";

type Criterion = { slug: string; name: string; description: string; category: string };
type Props = {
  slug: string;
  token: string;
  criteria: Criterion[];
  /** The categories of those criteria, for the pairwise questionnaire. */
  categories: Array<{ slug: string; name: string }>;
  /** "direct": a slider per criterion; "ahp": comparisons in pairs, the weights derived from them. */
  elicitation: "direct" | "ahp";
  response: OwnResponse;
  closed: boolean;
};

/** A participant's answer: their weights (by sliders or by pairs), a comment, saved as a draft or submitted through their personal link. */
export function ResponseForm({ slug, token, criteria, categories, elicitation, response, closed }: Props) {
  const t = useTranslations("panels");
  const [weights, setWeights] = useState<Record<string, number>>(() =>
    Object.fromEntries(criteria.map((c) => [c.slug, response?.weights[c.slug] ?? DEFAULT_WEIGHT])),
  );
  const [comment, setComment] = useState(response?.comment ?? "");
  const [status, setStatus] = useState<string | null>(response?.submitted ? t("submitted", { version: response.version }) : null);
  const [error, setError] = useState<string | null>(null);
  const failure = useFailureText();
  const total = Object.values(weights).reduce((a, b) => a + b, 0);

  async function save(submit: boolean) {
    setError(null);
    const res = await fetch(`/api/panels/${slug}/responses/${token}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ weights, ...(comment.trim() ? { comment } : {}), submit }),
    });
    const body = await res.json();
    if (!res.ok) {
      setError(failure(res.status, body));
      return;
    }
    setStatus(body.submitted ? t("submitted", { version: body.version }) : t("draftSaved", { version: body.version }));
  }

  return (
    <form
      className="panel-response"
      onSubmit={(e) => {
        e.preventDefault();
        void save(true);
      }}
    >
      <fieldset disabled={closed}>
        {elicitation === "ahp" ? (
          <>
            <legend>{t("pairsLegend")}</legend>
            {response && <p className="small">{t("pairsSaved")}</p>}
            <PairwiseResponse categories={categories} criteria={criteria} onWeights={(w) => setWeights(w)} />
          </>
        ) : (
          <legend>{t("slidersLegend")}</legend>
        )}
        {elicitation === "direct" &&
          criteria.map((c) => (
            <WeightSlider
              key={c.slug}
              id={`panel-${c.slug}`}
              label={c.name}
              value={weights[c.slug] ?? 0}
              share={total > 0 ? (weights[c.slug] ?? 0) / total : 0}
              shareLabel={t("shareLabel")}
              onChange={(_, v) => setWeights((w) => ({ ...w, [c.slug]: v }))}
            >
              <p className="weight__help">{c.description}</p>
            </WeightSlider>
          ))}
        <label htmlFor="panel-comment">{t("comment")}</label>
        <textarea id="panel-comment" value={comment} maxLength={2000} rows={3} onChange={(e) => setComment(e.target.value)} />
        <div className="form-actions">
          <button type="button" onClick={() => void save(false)}>
            {t("saveDraft")}
          </button>
          <button type="submit">{t("submit")}</button>
        </div>
      </fieldset>
      {error && <p role="alert">{error}</p>}
      {status && <p role="status">{status}</p>}
    </form>
  );
}
