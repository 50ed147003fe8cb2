import { createParser, parseAsStringLiteral } from "nuqs/server";
import { z } from "zod";
import { coded } from "../domain/issue-codes";
import { ROBUSTNESS_LIMITS, WEIGHT_MODELS } from "../domain/robustness";

export const SPREAD_LIMITS = { min: 1, max: 100, default: 20 } as const;

/** A whole number from min to max, as a link or a field holds it: digits alone, no sign, point or exponent. */
const wholeNumberText = (min: number, max: number) => {
  const message = coded("wholeNumberFromTo", `must be a whole number from ${min} to ${max}`, { min, max });
  return z
    .string()
    .regex(/^\d{1,10}$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
};

/** The robustness panel's numbers, each as its link parameter and its field take it. */
export const robustnessNumbers = {
  spread: wholeNumberText(SPREAD_LIMITS.min, SPREAD_LIMITS.max),
  samples: wholeNumberText(ROBUSTNESS_LIMITS.minSamples, ROBUSTNESS_LIMITS.maxSamples),
  seed: wholeNumberText(0, ROBUSTNESS_LIMITS.maxSeed),
};

/** A link's number, or null (the default) for anything its schema refuses. */
const linkedNumber = (schema: z.ZodType<number, string>) =>
  createParser({ parse: (v: string) => schema.safeParse(v).data ?? null, serialize: (n: number) => String(n) });

/**
 * The robustness panel's settings on /compare (issue 15 §5), kept beside compareParsers so a
 * link reproduces the run: the weight model, the ± spread of its intervals in percent, the
 * number of samples and the seed (none until the first run draws one).
 */
export const robustnessParsers = {
  robust: parseAsStringLiteral(WEIGHT_MODELS).withDefault("intervals"),
  spread: linkedNumber(robustnessNumbers.spread).withDefault(SPREAD_LIMITS.default),
  samples: linkedNumber(robustnessNumbers.samples).withDefault(ROBUSTNESS_LIMITS.defaultSamples),
  seed: linkedNumber(robustnessNumbers.seed),
};
