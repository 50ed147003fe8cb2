/** How a panel turns its members' weights into the group's (issue: arithmetic or geometric mean). */
export type Aggregation = "arithmetic" | "geometric";

export type WeightMap = Readonly<Record<string, number>>;

/** A member's weights over the panel's criteria as shares summing to 1; null when they are all zero (no view to count). */
export function normaliseMemberWeights(weights: WeightMap, criteria: readonly string[]): Record<string, number> | null {
  const total = criteria.reduce((sum, c) => sum + (weights[c] ?? 0), 0);
  if (!(total > 0)) return null;
  return Object.fromEntries(criteria.map((c) => [c, (weights[c] ?? 0) / total]));
}

/**
 * The group's weights, summing to 1: the arithmetic mean of the members' normalised weights, or
 * their geometric mean renormalised (the usual choice for AHP judgements: Aczél and Saaty 1983).
 * A criterion that any member weights 0 gets 0 under the geometric mean. Null without members.
 */
export function aggregateWeights(members: readonly WeightMap[], criteria: readonly string[], aggregation: Aggregation): Record<string, number> | null {
  const shares = members.map((m) => normaliseMemberWeights(m, criteria)).filter((s) => s !== null);
  if (shares.length === 0) return null;
  const combined = criteria.map((c) => {
    const values = shares.map((s) => s[c]!);
    return aggregation === "arithmetic"
      ? values.reduce((a, b) => a + b, 0) / values.length
      : Math.exp(values.reduce((a, b) => a + Math.log(b), 0) / values.length);
  });
  const total = combined.reduce((a, b) => a + b, 0);
  // Under the geometric mean every criterion can come out 0 (each zeroed by someone): no common ground, so equal weights.
  return Object.fromEntries(criteria.map((c, j) => [c, total > 0 ? combined[j]! / total : 1 / criteria.length]));
}

type Spread = { min: number; max: number; sd: number };

/** Per criterion, how far the members' normalised weights lie apart: their range and (population) standard deviation. */
export function weightSpread(members: readonly WeightMap[], criteria: readonly string[]): Record<string, Spread> {
  const shares = members.map((m) => normaliseMemberWeights(m, criteria)).filter((s) => s !== null);
  return Object.fromEntries(
    criteria.map((c) => {
      const values = shares.map((s) => s[c]!);
      if (values.length === 0) return [c, { min: 0, max: 0, sd: 0 }];
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
      return [c, { min: Math.min(...values), max: Math.max(...values), sd: Math.sqrt(variance) }];
    }),
  );
}
