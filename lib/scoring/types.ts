import type { Direction } from "../domain/vocabulary";
import type { MethodId } from "./methods/registry";
import type { ValueFunction } from "./value-function";

/** Alternatives (rows) by criteria (columns); null where a value is missing. */
export type RawMatrix = ReadonlyArray<ReadonlyArray<number | null>>;

export const NORMALIZATIONS = ["minmax", "vector", "max", "sum"] as const;
export type NormalizationMethod = (typeof NORMALIZATIONS)[number];
/** A decision method of the registry (lib/scoring/methods/registry.ts). */
export type ScoringMethod = MethodId;
/**
 * How a missing value is filled before normalisation: with the worst or the best value of its
 * criterion (the scale's end when bounds are given, else the worst/best known value), or with
 * the mean of the known values.
 */
export type MissingPolicy = "worst" | "mean" | "best";

export type CriterionSpec = {
  id: string;
  direction: Direction;
  weight: number;
  bounds?: { min: number; max: number };
  /** What the perspective holds good on this criterion (lib/scoring/value-function); none: linear in `direction`, as always. */
  valueFunction?: ValueFunction;
  /** Set by inPerspective: the column holds values v(x) in [0, 1], which the weighted sum takes as they are. */
  valued?: boolean;
};

/** A dense matrix, row-major: value of alternative i on criterion j at i * cols + j. */
export type DenseMatrix = { rows: number; cols: number; values: Float64Array };

/**
 * Why the engine cannot score, as a code with its parameters: /compare and the sheets say it in
 * their language (`ranking.problems.<code>`), the API keeps the English `error`.
 */
export const ENGINE_PROBLEMS = [
  "weight-not-finite",
  "weight-below-zero",
  "weights-all-zero",
  "needs-normalisation",
  "normalisation-must-be-none",
  "not-matrix-method",
] as const;
export type EngineProblem = (typeof ENGINE_PROBLEMS)[number];
export type EngineRefusal = { ok: false; error: string; code: EngineProblem; params?: Record<string, string | number> };

export type Result<T> = { ok: true; value: T } | EngineRefusal;
