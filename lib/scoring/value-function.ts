import { z } from "zod";
import { coded, codedIssue } from "../domain/issue-codes";
import { type Direction, directionSchema } from "../domain/vocabulary";

/** A point of a value function: a value x on the criterion's scale, and what it is worth, v in [0, 1]. */
export type ValuePoint = [x: number, v: number];

/**
 * What a perspective holds to be good on one criterion (Hiview3, M-MACBETH: each stakeholder
 * has a value function per criterion): linear in a direction, which may be the other way from
 * the criterion's own, or a value per point, piecewise linear between points and flat past
 * the first and last.
 */
export type ValueFunction = { direction: Direction } | { points: ValuePoint[] };

/** At most one point per point of the longest scale a criterion may have (lib/domain/criterion). */
const VALUE_FUNCTION_LIMITS = { minPoints: 2, maxPoints: 101, magnitude: 1e12 } as const;

const pointSchema = z.tuple([
  z
    .number()
    .finite("x must be a finite number")
    .min(
      -VALUE_FUNCTION_LIMITS.magnitude,
      coded("xTooSmall", `x must be at least -${VALUE_FUNCTION_LIMITS.magnitude}`, { minimum: -VALUE_FUNCTION_LIMITS.magnitude }),
    )
    .max(
      VALUE_FUNCTION_LIMITS.magnitude,
      coded("xTooBig", `x must be at most ${VALUE_FUNCTION_LIMITS.magnitude}`, { maximum: VALUE_FUNCTION_LIMITS.magnitude }),
    ),
  z.number().finite("v must be a finite number").min(0, coded("vBelowZero", "v must be 0 or more")).max(1, coded("vAboveOne", "v must be 1 or less")),
]);

export const valuePointsSchema = z
  .array(pointSchema)
  .min(
    VALUE_FUNCTION_LIMITS.minPoints,
    coded("tooFewPoints", `needs at least ${VALUE_FUNCTION_LIMITS.minPoints} points`, { minimum: VALUE_FUNCTION_LIMITS.minPoints }),
  )
  .max(
    VALUE_FUNCTION_LIMITS.maxPoints,
    coded("tooManyPoints", `at most ${VALUE_FUNCTION_LIMITS.maxPoints} points`, { maximum: VALUE_FUNCTION_LIMITS.maxPoints }),
  )
  .superRefine((points, ctx) => {
    for (let k = 1; k < points.length; k++)
      if (!(points[k]![0] > points[k - 1]![0])) ctx.addIssue(codedIssue([k, 0], "pointsUnsorted", "points must be sorted by x, each x once"));
  });

/** Exactly one of a value function's two forms. */
export const ONE_FORM = { message: coded("directionOrPoints", "needs either direction or points, not both") } as const;
export const oneForm = (f: { direction?: unknown; points?: unknown }) => (f.direction === undefined) !== (f.points === undefined);

/**
 * `{ "direction": "cost" }` or `{ "points": [[x, v], ...] }`: one or the other. One object with
 * both fields optional rather than a union, so that a problem is reported in the field it is in;
 * what it lets through has exactly one of them, a ValueFunction.
 */
export const valueFunctionSchema = z
  .object({ direction: directionSchema.optional(), points: valuePointsSchema.optional() })
  .strict()
  .refine(oneForm, ONE_FORM) as unknown as z.ZodType<ValueFunction, ValueFunction>;

/** The points of a value function given per point, or null for one given by a direction. */
export const pointsOf = (f: ValueFunction | undefined): readonly ValuePoint[] | null => (f && "points" in f ? f.points : null);

/** Which points lie outside a scale, as "x = 5"; empty when every point is on it. */
export function pointsOffScale(f: ValueFunction, scale: { min: number; max: number }): number[] {
  return (pointsOf(f) ?? []).map(([x]) => x).filter((x) => x < scale.min || x > scale.max);
}

/**
 * The slope of each segment, the last point's 0: v(x) = v_k + (x - x_k) * slope_k on
 * [x_k, x_k+1). The Excel formula writes the same numbers, so a sheet gives the engine's values.
 */
export function segmentSlopes(points: readonly ValuePoint[]): number[] {
  return points.map(([x, v], k) => {
    const next = points[k + 1];
    return next ? (next[1] - v) / (next[0] - x) : 0;
  });
}

/** v(x): piecewise linear between the points (exact at each point), the end values past the ends. */
export function valueAt(points: readonly ValuePoint[], x: number, slopes: readonly number[] = segmentSlopes(points)): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  let k = 0;
  while (points[k + 1]![0] <= x) k++;
  const [xk, vk] = points[k]!;
  return vk + (x - xk) * slopes[k]!;
}

/** The same preferences the other way round: v becomes 1 - v, a direction its opposite. */
export function reversed(f: ValueFunction): ValueFunction {
  if ("direction" in f) return { direction: f.direction === "benefit" ? "cost" : "benefit" };
  return { points: f.points.map(([x, v]): ValuePoint => [x, 1 - v]) };
}

/** The direction a perspective scores a criterion in: its value function's; "benefit" for values per point (higher v is better). */
export function perspectiveDirection(c: { direction: Direction; valueFunction?: ValueFunction }): Direction {
  const f = c.valueFunction;
  if (!f) return c.direction;
  return "direction" in f ? f.direction : "benefit";
}

/** How a view reads a criterion, for a label or a mark: lower or higher is better (its value function's direction, else the criterion's own), or a value per point. */
type GoodWay = Direction | "points";
export const goodWay = (own: Direction, f: ValueFunction | undefined): GoodWay => (f === undefined ? own : "direction" in f ? f.direction : "points");

/**
 * The x in [low, high] worth least (or most) by the value function: a missing value filled as
 * "worst" ("best") gets it. v is piecewise linear, so its extremes lie at points or at the ends.
 * The first such x wins a tie.
 */
export function extremeOf(points: readonly ValuePoint[], low: number, high: number, which: "worst" | "best"): number {
  const candidates = [low, ...points.map(([x]) => x).filter((x) => x > low && x < high), high];
  let chosen = candidates[0]!;
  let value = valueAt(points, chosen);
  for (const x of candidates.slice(1)) {
    const v = valueAt(points, x);
    if (which === "worst" ? v < value : v > value) [chosen, value] = [x, v];
  }
  return chosen;
}

/** Whether a value function is the default of a criterion whose own direction is `direction`: linear in that direction. */
export const isDefaultFor = (f: ValueFunction | undefined, direction: Direction) => f === undefined || ("direction" in f && f.direction === direction);

const round = (x: number) => String(Math.round(x * 1e6) / 1e6);

/** "benefit", "cost", or "-2=0;0=0.5;2=1": the compact form a link, a sheet and a notice write. */
export function serializeValueFunction(f: ValueFunction): string {
  return "direction" in f ? f.direction : f.points.map(([x, v]) => `${round(x)}=${round(v)}`).join(";");
}

/** The compact form back, checked; null for anything else. */
export function parseValueFunction(text: string): ValueFunction | null {
  if (text === "benefit" || text === "cost") return { direction: text };
  if (text.length > VALUE_FUNCTION_LIMITS.maxPoints * 40) return null;
  const points = text.split(";").map((pair) => {
    const [x, v, ...rest] = pair.split("=");
    return rest.length || x === undefined || v === undefined || x.trim() === "" || v.trim() === "" ? null : [Number(x), Number(v)];
  });
  if (points.some((p) => p === null)) return null;
  const parsed = valuePointsSchema.safeParse(points);
  return parsed.success ? { points: parsed.data } : null;
}

/** "higher is better", "lower is better", or "own values: -2 → 0, 0 → 0.5, 2 → 1", for people. */
export function describeValueFunction(f: ValueFunction): string {
  if ("direction" in f) return f.direction === "benefit" ? "higher is better" : "lower is better";
  return `own values: ${describePoints(f.points)}`;
}

/** "-2 → 0, 0 → 0.5, 2 → 1": a value function's points, the same in every language. */
export const describePoints = (points: readonly ValuePoint[]) => points.map(([x, v]) => `${round(x)} → ${round(v)}`).join(", ");
