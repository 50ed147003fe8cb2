import { createParser, parseAsStringLiteral } from "nuqs/server";
import { ROBUSTNESS_LIMITS, WEIGHT_MODELS } from "../domain/robustness";

export const SPREAD_LIMITS = { min: 1, max: 100, default: 20 } as const;

/** A whole number from min to max, or null (the default) for anything else. */
const boundedInteger = (min: number, max: number) =>
  createParser({
    parse: (v: string) => {
      if (!/^\d{1,10}$/.test(v)) return null;
      const n = Number(v);
      return n >= min && n <= max ? n : null;
    },
    serialize: (n: number) => String(n),
  });

/**
 * The robustness panel's settings on /compare (issue 15 §5), kept beside compareParsers so a
 * link reproduces the run: the weight model, the ± spread of its intervals in percent, the
 * number of samples and the seed (none until the first run draws one).
 */
export const robustnessParsers = {
  robust: parseAsStringLiteral(WEIGHT_MODELS).withDefault("intervals"),
  spread: boundedInteger(SPREAD_LIMITS.min, SPREAD_LIMITS.max).withDefault(SPREAD_LIMITS.default),
  samples: boundedInteger(ROBUSTNESS_LIMITS.minSamples, ROBUSTNESS_LIMITS.maxSamples).withDefault(ROBUSTNESS_LIMITS.defaultSamples),
  seed: boundedInteger(0, ROBUSTNESS_LIMITS.maxSeed),
};
