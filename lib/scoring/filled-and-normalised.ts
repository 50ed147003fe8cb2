import { imputationKey, imputeMissing } from "./impute-missing";
import { keptPerMatrix } from "./kept-per-matrix";
import { normaliseMatrix } from "./normalise";
import type { CriterionSpec, DenseMatrix, MissingPolicy, NormalizationMethod, RawMatrix } from "./types";

/** The filled-in, normalised matrix: it does not depend on the weights, so it is kept per matrix and setting. */
export function filledAndNormalised(
  matrix: RawMatrix,
  criteria: readonly CriterionSpec[],
  missing: MissingPolicy,
  normalization: NormalizationMethod,
  orientCost: boolean,
  /** Whether a valued column (inPerspective) keeps its values v(x) instead of being normalised: the weighted sum's way. */
  keepValued = false,
): DenseMatrix {
  const key = `normalised|${missing}|${normalization}|${orientCost}|${keepValued}|${imputationKey(criteria)}|${criteria.map((c) => c.valued ?? "").join(",")}`;
  return keptPerMatrix(matrix, key, () => {
    const filled = imputeMissing(matrix, criteria, missing);
    const normalised = normaliseMatrix(
      filled,
      criteria.map((c) => c.direction),
      normalization,
      { orientCost },
    );
    if (keepValued) keepValuedColumns(normalised, filled, criteria);
    return normalised;
  });
}

/** Puts each valued column's values v(x) back in place of its normalised ones. */
function keepValuedColumns(normalised: DenseMatrix, filled: DenseMatrix, criteria: readonly CriterionSpec[]) {
  const { rows, cols } = normalised;
  criteria.forEach((c, j) => {
    if (!c.valued) return;
    for (let i = 0; i < rows; i++) normalised.values[i * cols + j] = filled.values[i * cols + j]!;
  });
}
