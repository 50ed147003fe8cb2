/** 0.0312 -> "3.1%"; shares under 0.1% keep one significant figure. */
export function formatPercent(share: number): string {
  const p = share * 100;
  if (p === 0) return "0%";
  if (p < 0.1) return `${p.toPrecision(1)}%`;
  return `${p.toFixed(1)}%`;
}

export function formatScore(score: number): string {
  return score.toFixed(3);
}
