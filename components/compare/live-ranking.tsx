"use client";

import { useTranslations } from "next-intl";
import { memo, useEffect, useRef, useState } from "react";
import type { RankedFramework } from "@/lib/compare/build-comparison";
import { useNumberFormat } from "@/components/i18n/use-number-format";
import { followHeight } from "@/components/layout/follow-height";

/** The live ranking shows this many places; the full list is in the ranking panel. */
const SHOWN = 10;

type Props = {
  names: ReadonlyMap<string, string>;
  ranking: RankedFramework[];
  problem: string | null;
  /** Each framework's rank under the chosen preset's own weights (same method, policy and assumptions), to count changes from. */
  baseline: Record<string, number> | null;
  baselineTitle: string;
  /** How many of the analyst's own values the ranking rests on. */
  assumed: number;
};

function change(baseline: Record<string, number> | null, r: RankedFramework): number {
  const before = baseline?.[r.slug];
  return before === undefined ? 0 : before - r.rank;
}

/**
 * The ranking beside the weights while they move: sticky beside the sliders on a wide screen;
 * on a phone a compact bar (leader, margin, rank changes) that expands to the list.
 */
export const LiveRanking = memo(function LiveRanking({ names, ranking, problem, baseline, baselineTitle, assumed }: Props) {
  const t = useTranslations("liveRanking");
  const { score, integer } = useNumberFormat();
  const [open, setOpen] = useState(false);
  // Where the bar sticks over the sliders (a narrower screen), the scroll padding clears it: a
  // control focused or jumped to scrolls into view below it, not under it.
  const bar = useRef<HTMLElement>(null);
  useEffect(() => (bar.current ? followHeight(bar.current, "--ranking-height") : undefined), []);
  const [first, second] = ranking;
  const moved = ranking.filter((r) => change(baseline, r) !== 0).length;
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  return (
    <section ref={bar} className={`live-ranking${open ? " live-ranking--open" : ""}`} aria-labelledby="live-ranking-heading" id="live-ranking" tabIndex={-1}>
      <div className="live-ranking__bar">
        <h2 id="live-ranking-heading" className="live-ranking__heading">
          {t("heading")}
        </h2>
        {problem || !first ? (
          <p className="live-ranking__summary">{problem}</p>
        ) : (
          <p className="live-ranking__summary" data-testid="live-leader">
            {t.rich(second ? "leadsBy" : "leads", {
              leader: nameOf(first.slug),
              margin: second ? score(first.score - second.score) : "",
              strong: (c) => <strong dir="auto">{c}</strong>,
            })}
            <span className="live-ranking__changes">
              {" · "}
              {t.rich("changes", { count: moved, preset: baselineTitle, name: (c) => <bdi>{c}</bdi> })}
            </span>
            {assumed > 0 && <span className="assumed-note"> · {t("assumed", { count: assumed })}</span>}
          </p>
        )}
        <button type="button" className="live-ranking__toggle" aria-expanded={open} aria-controls="live-ranking-list" onClick={() => setOpen(!open)}>
          {open ? t("hide") : t("show")}
        </button>
      </div>
      {!problem && (
        <ol className="live-ranking__list" id="live-ranking-list" aria-label={t("list")}>
          {ranking.slice(0, SHOWN).map((r) => {
            const d = change(baseline, r);
            return (
              <li key={r.slug} data-slug={r.slug}>
                <span className="live-ranking__rank">{integer(r.rank)}</span>
                <span className="live-ranking__name">
                  <bdi>{nameOf(r.slug)}</bdi>
                </span>
                <span className="live-ranking__score">{score(r.score)}</span>
                <span className={`live-ranking__move${d > 0 ? " up" : d < 0 ? " down" : ""}`}>
                  {d === 0 ? (
                    <span className="visually-hidden">{t("noChange")}</span>
                  ) : (
                    <>
                      <span aria-hidden="true">{d > 0 ? `▲${integer(d)}` : `▼${integer(-d)}`}</span>
                      <span className="visually-hidden">{t(d > 0 ? "up" : "down", { count: Math.abs(d), preset: baselineTitle })}</span>
                    </>
                  )}
                </span>
              </li>
            );
          })}
          {ranking.length > SHOWN && <li className="muted small live-ranking__more">{t("more", { count: ranking.length - SHOWN })}</li>}
        </ol>
      )}
    </section>
  );
});
