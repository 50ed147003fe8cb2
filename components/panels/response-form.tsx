"use client";

import { useState } from "react";
import { WeightSlider } from "@/components/weights/weight-slider";
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
  const [weights, setWeights] = useState<Record<string, number>>(() =>
    Object.fromEntries(criteria.map((c) => [c.slug, response?.weights[c.slug] ?? DEFAULT_WEIGHT])),
  );
  const [comment, setComment] = useState(response?.comment ?? "");
  const [status, setStatus] = useState<string | null>(
    response?.submitted ? `Submitted (version ${response.version}). You may change it until the panel closes.` : null,
  );
  const [error, setError] = useState<string | null>(null);
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
      setError(body.issues?.length ? `${body.error}: ${body.issues.map((i: { message: string }) => i.message).join("; ")}` : body.error);
      return;
    }
    setStatus(
      body.submitted
        ? `Submitted (version ${body.version}). You may change it until the panel closes.`
        : `Draft saved (version ${body.version}); it counts once you submit it.`,
    );
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
            <legend>Which consideration matters more, and by how much? Compare them in pairs.</legend>
            {response && <p className="small">Your saved answer counts as it is; answering the pairs again replaces it.</p>}
            <PairwiseResponse categories={categories} criteria={criteria} onWeights={(w) => setWeights(w)} />
          </>
        ) : (
          <legend>How much should each consideration count? (0: not at all, 100: the most)</legend>
        )}
        {elicitation === "direct" &&
          criteria.map((c) => (
            <WeightSlider
              key={c.slug}
              id={`panel-${c.slug}`}
              label={c.name}
              value={weights[c.slug] ?? 0}
              share={total > 0 ? (weights[c.slug] ?? 0) / total : 0}
              shareLabel="of your weight"
              onChange={(_, v) => setWeights((w) => ({ ...w, [c.slug]: v }))}
            >
              <p className="weight__help">{c.description}</p>
            </WeightSlider>
          ))}
        <label htmlFor="panel-comment">Comment (optional)</label>
        <textarea id="panel-comment" value={comment} maxLength={2000} rows={3} onChange={(e) => setComment(e.target.value)} />
        <div className="form-actions">
          <button type="button" onClick={() => void save(false)}>
            Save draft
          </button>
          <button type="submit">Submit my weights</button>
        </div>
      </fieldset>
      {error && <p role="alert">{error}</p>}
      {status && <p role="status">{status}</p>}
    </form>
  );
}
