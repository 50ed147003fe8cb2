"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { useIsolate } from "@/components/i18n/use-isolate";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { JUDGEMENT_MAX, JUDGEMENT_MIN, type Judgement } from "@/lib/pairwise/saaty-judgement";
import { judgementWords } from "./judgement-words";

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
 * "How much more important is A than B?" as a slider from "A extremely more important" (at the
 * start: the left, or the right on a right-to-left page) through "equal" to "B extremely more
 * important", in Saaty's steps; its value is read out in words, and the arrow keys move it one step.
 */
export const PairQuestion = memo(function PairQuestion({ id, a, b, judgement, flagged, onChange }: Props) {
  const t = useTranslations("pairwise");
  const isolate = useIsolate();
  const { integer } = useNumberFormat();
  const words = judgementWords(t, judgement, isolate(a), isolate(b));
  return (
    <div className={flagged ? "pair pair--flagged" : "pair"} data-pair={id}>
      <p className="pair__question" id={`${id}-q`}>
        {t.rich("question", { a, b, strong: (c) => <strong>{c}</strong>, name: (c) => <bdi>{c}</bdi> })}
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
          // The first item is at the slider's start: the slider runs the other way from the judgement.
          value={-judgement}
          onChange={(e) => onChange(-Number(e.target.value))}
          aria-label={t("versus", { a: isolate(a), b: isolate(b) })}
          aria-valuetext={words}
          aria-describedby={`${id}-q`}
        />
        <span className="pair__end pair__end--right" aria-hidden="true">
          {b}
        </span>
        <div className="pair__ticks" aria-hidden="true">
          {TICKS.map((tick, k) => (
            <span key={k}>{tick % 2 === 1 ? integer(tick) : ""}</span>
          ))}
        </div>
      </div>
      <output className="pair__words" htmlFor={id}>
        {words}
        {flagged && <span className="pair__flag"> · {t("flagged")}</span>}
      </output>
    </div>
  );
});
