import { imputeMissing } from "./impute-missing";
import { normaliseMatrix } from "./normalise";
import type { CriterionSpec, DenseMatrix, MissingPolicy, NormalizationMethod, RawMatrix } from "./types";

/**
 * The filled-in, normalised matrix does not depend on the weights: a view that changes only
 * its weights (a slider, the perspectives' presets) scores the same value matrix again, so it
 * is kept per matrix (by identity, for as long as the matrix lives) and per setting. The
 * methods that read it never write to it.
 */
const normalisedCache = new WeakMap<RawMatrix, Map<string, DenseMatrix>>();
const SETTINGS_KEPT_PER_MATRIX = 16;

export function filledAndNormalised(
  matrix: RawMatrix,
  criteria: readonly CriterionSpec[],
  missing: MissingPolicy,
  normalization: NormalizationMethod,
  orientCost: boolean,
  /** Whether a valued column (inPerspective) keeps its values v(x) instead of being normalised: the weighted sum's way. */
  keepValued = false,
): DenseMatrix {
  const key = `${missing}|${normalization}|${orientCost}|${keepValued}|${criteria.map((c) => `${c.direction}:${c.bounds?.min}:${c.bounds?.max}:${c.valued ?? ""}`).join(",")}`;
  let kept = normalisedCache.get(matrix);
  const found = kept?.get(key);
  if (found) return found;
  const filled = imputeMissing(matrix, criteria, missing);
  const normalised = normaliseMatrix(
    filled,
    criteria.map((c) => c.direction),
    normalization,
    { orientCost },
  );
  if (keepValued) keepValuedColumns(normalised, filled, criteria);
  if (!kept) {
    kept = new Map();
    normalisedCache.set(matrix, kept);
  }
  if (kept.size >= SETTINGS_KEPT_PER_MATRIX) kept.clear();
  kept.set(key, normalised);
  return normalised;
}

/** Puts each valued column's values v(x) back in place of its normalised ones. */
function keepValuedColumns(normalised: DenseMatrix, filled: DenseMatrix, criteria: readonly CriterionSpec[]) {
  const { rows, cols } = normalised;
  criteria.forEach((c, j) => {
    if (!c.valued) return;
    for (let i = 0; i < rows; i++) normalised.values[i * cols + j] = filled.values[i * cols + j]!;
  });
}
