import { weightedScores } from "../weighted-sum";
import { defineMatrixMethod } from "./matrix-method";

/** The weighted sum of normalised values (min-max by default): contributions add up to the score. */
export const wsmMethod = defineMatrixMethod({
  id: "wsm",
  label: "Weighted sum (min-max normalised)",
  normalizations: ["minmax", "vector", "max", "sum"],
  contributionKind: "additive",
  scorerOf:
    ({ normalised }) =>
    (weights, out) =>
      weightedScores(normalised, weights, out),
});
