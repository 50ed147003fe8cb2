import { imputeMissing } from "./impute-missing";
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
): DenseMatrix {
  const key = `normalised|${missing}|${normalization}|${orientCost}|${criteria.map((c) => `${c.direction}:${c.bounds?.min}:${c.bounds?.max}`).join(",")}`;
  return keptPerMatrix(matrix, key, () =>
    normaliseMatrix(
      imputeMissing(matrix, criteria, missing),
      criteria.map((c) => c.direction),
      normalization,
      { orientCost },
    ),
  );
}
