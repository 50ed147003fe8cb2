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
): DenseMatrix {
  const key = `${missing}|${normalization}|${orientCost}|${criteria.map((c) => `${c.direction}:${c.bounds?.min}:${c.bounds?.max}`).join(",")}`;
  let kept = normalisedCache.get(matrix);
  const found = kept?.get(key);
  if (found) return found;
  const normalised = normaliseMatrix(
    imputeMissing(matrix, criteria, missing),
    criteria.map((c) => c.direction),
    normalization,
    { orientCost },
  );
  if (!kept) {
    kept = new Map();
    normalisedCache.set(matrix, kept);
  }
  if (kept.size >= SETTINGS_KEPT_PER_MATRIX) kept.clear();
  kept.set(key, normalised);
  return normalised;
}
