import { buildComparison } from "../compare/build-comparison";
import type { Criterion } from "../domain/criterion";
import type { Framework } from "../domain/framework";
import type { PanelResult } from "../domain/panel";
import { DEFAULT_METHOD } from "../scoring/methods/registry";
import { aggregateWeights, type Aggregation, normaliseMemberWeights, type WeightMap, weightSpread } from "./aggregate-weights";
import { concordanceInWords, fractionalRanks, kendallsW } from "./kendalls-w";

type PanelAnswer = { label: string; weights: WeightMap };

/**
 * A ranking under criterion weights (shares), computed exactly as /compare computes it for the
 * same weights: the default method (the weighted sum), its default normalisation, missing values as the criterion's mean,
 * and every category at the same weight.
 */
function rankUnder(frameworks: readonly Framework[], criteria: readonly Criterion[], shares: Record<string, number>) {
  const comparison = buildComparison({
    frameworks,
    criteria,
    weights: { criterion: shares, category: Object.fromEntries(criteria.map((c) => [c.category, 1])) },
    method: DEFAULT_METHOD,
    missing: "mean",
  });
  const score = new Map(comparison.ranking.map((r) => [r.slug, r.score]));
  return { ranking: comparison.ranking.map((r) => r.slug), scores: frameworks.map((f) => score.get(f.slug) ?? 0) };
}

/** The result of a panel from its submitted answers: the group's weights and ranking, the members' rankings and their agreement. */
export function panelResult(input: {
  frameworks: readonly Framework[];
  criteria: readonly Criterion[];
  aggregation: Aggregation;
  anonymous: boolean;
  answers: readonly PanelAnswer[];
}): PanelResult {
  const slugs = input.criteria.map((c) => c.slug);
  const members = input.answers.flatMap((a) => {
    const shares = normaliseMemberWeights(a.weights, slugs);
    return shares ? [{ label: a.label, shares }] : [];
  });
  const group = aggregateWeights(
    members.map((m) => m.shares),
    slugs,
    input.aggregation,
  );
  const memberName = (m: { label: string }, k: number) => (input.anonymous ? `Participant ${k + 1}` : m.label);
  const rankings = members.map((m) => rankUnder(input.frameworks, input.criteria, m.shares));
  const concordance = kendallsW(rankings.map((r) => fractionalRanks(r.scores)));
  return {
    members: members.length,
    weights: group ?? {},
    spread: weightSpread(
      members.map((m) => m.shares),
      slugs,
    ),
    memberRankings: members.map((m, k) => ({ member: memberName(m, k), ranking: rankings[k]!.ranking })),
    memberWeights: members.map((m, k) => ({ member: memberName(m, k), weights: m.shares })),
    groupRanking: group ? rankUnder(input.frameworks, input.criteria, group).ranking : [],
    concordance,
    concordanceInWords: concordanceInWords(concordance),
    aggregation: input.aggregation,
    frameworks: input.frameworks.map((f) => f.slug),
    criteria: slugs,
  };
}
