import type { Direction } from "../domain/vocabulary";
import type { DenseMatrix, NormalizationMethod } from "./types";

/**
 * Normalises each column so that, for every method, higher is better and values are
 * comparable across criteria:
 * - minmax: benefit (x - min) / (max - min), cost (max - x) / (max - min); a constant column gives 1.
 * - max:    benefit x / max, cost min / x (linear scale transformation, Hwang & Yoon 1981).
 * - sum:    benefit x / sum, cost (1/x) / sum(1/x).
 * - vector: x / sqrt(sum of squares), cost 1 - x / sqrt(sum of squares).
 * Divisions by zero (a zero column, a zero cost value) give 1 to the best value and 0 to
 * the others rather than infinities, so scores stay finite.
 *
 * For TOPSIS pass `orientCost: false`: the vector-normalised values keep their sign and
 * the ideal solution follows each criterion's direction instead.
 */
export function normaliseMatrix(
  m: DenseMatrix,
  directions: readonly Direction[],
  method: NormalizationMethod,
  options: { orientCost?: boolean } = {},
): DenseMatrix {
  const { rows, cols, values } = m;
  const out = new Float64Array(rows * cols);
  const orientCost = options.orientCost ?? true;
  for (let j = 0; j < cols; j++) {
    const cost = directions[j] === "cost";
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    let squares = 0;
    let inverseSum = 0;
    let hasZero = false;
    for (let i = 0; i < rows; i++) {
      const x = values[i * cols + j]!;
      if (x < min) min = x;
      if (x > max) max = x;
      sum += x;
      squares += x * x;
      if (x === 0) hasZero = true;
      else inverseSum += 1 / x;
    }
    const best = cost ? min : max;
    const fallback = (x: number) => (x === best ? 1 : 0);
    for (let i = 0; i < rows; i++) {
      const k = i * cols + j;
      const x = values[k]!;
      let r: number;
      switch (method) {
        case "minmax":
          r = max === min ? 1 : cost ? (max - x) / (max - min) : (x - min) / (max - min);
          break;
        case "max":
          if (cost) r = x === 0 ? fallback(x) : min / x;
          else r = max === 0 ? fallback(x) : x / max;
          break;
        case "sum":
          if (cost) r = hasZero || inverseSum === 0 ? fallback(x) : 1 / x / inverseSum;
          else r = sum === 0 ? fallback(x) : x / sum;
          break;
        case "vector": {
          const norm = Math.sqrt(squares);
          const v = norm === 0 ? 0 : x / norm;
          r = cost && orientCost ? 1 - v : v;
          if (norm === 0) r = 1;
          break;
        }
      }
      out[k] = r;
    }
  }
  return { rows, cols, values: out };
}
