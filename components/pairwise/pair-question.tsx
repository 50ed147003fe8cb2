"use client";

import { memo } from "react";
import { describeJudgement, JUDGEMENT_MAX, JUDGEMENT_MIN, type Judgement } from "@/lib/pairwise/saaty-judgement";

type Props = {
  id: string;
  a: string;
  b: string;
  judgement: Judgement;
  /** Marked when the consistency check names this pair as one to revisit. */
  flagged: boolean;
  onChange: (judgement: Judgement) => void;
};

/** Saaty's intensities under the slider: 9 at either end, 1 (equal) in the middle. */
const TICKS = Array.from({ length: JUDGEMENT_MAX - JUDGEMENT_MIN + 1 }, (_, k) => Math.abs(k + JUDGEMENT_MIN) + 1);

/**
 * "How much more important is A than B?" as a slider from "A extremely more important" (left)
 * through "equal" to "B extremely more important" (right), in Saaty's steps; its value is read
 * out in words, and the arrow keys move it one step.
 */
export const PairQuestion = memo(function PairQuestion({ id, a, b, judgement, flagged, onChange }: Props) {
  const words = describeJudgement(judgement, a, b);
  return (
    <div className={flagged ? "pair pair--flagged" : "pair"} data-pair={id}>
      <p className="pair__question" id={`${id}-q`}>
        How much more important is <strong>{a}</strong> than <strong>{b}</strong>?
      </p>
      <div className="pair__scale">
        <span className="pair__end" aria-hidden="true">
          {a}
        </span>
        <input
          id={id}
          type="range"
          min={JUDGEMENT_MIN}
          max={JUDGEMENT_MAX}
          step={1}
          // Left is the first item: the slider runs the other way from the judgement.
          value={-judgement}
          onChange={(e) => onChange(-Number(e.target.value))}
          aria-label={`${a} versus ${b}`}
          aria-valuetext={words}
          aria-describedby={`${id}-q`}
        />
        <span className="pair__end pair__end--right" aria-hidden="true">
          {b}
        </span>
        <div className="pair__ticks" aria-hidden="true">
          {TICKS.map((t, k) => (
            <span key={k}>{t % 2 === 1 ? t : ""}</span>
          ))}
        </div>
      </div>
      <output className="pair__words" htmlFor={id}>
        {words}
        {flagged && <span className="pair__flag"> · worth revisiting (see below)</span>}
      </output>
    </div>
  );
});
