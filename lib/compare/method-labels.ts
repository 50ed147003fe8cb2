import { CONTRIBUTION_WORDING } from "../scoring/methods/method";
import { methodOf, SCORING_METHOD_MODULES } from "../scoring/methods/registry";
import type { MissingPolicy, ScoringMethod } from "../scoring/types";

/** How each method is named, on screen and in every export: its module's label (lib/scoring/methods). */
export const METHOD_LABELS = Object.fromEntries(SCORING_METHOD_MODULES.map((m) => [m.id, m.label])) as Record<ScoringMethod, string>;

/** The normalisation each method uses before weighting, as its module describes it. */
export const NORMALISATION_LABELS = Object.fromEntries(SCORING_METHOD_MODULES.map((m) => [m.id, m.normalisationLabel])) as Record<ScoringMethod, string>;

/** How a method's contributions are put in words (the kind its module declares). */
export const contributionWordingOf = (method: ScoringMethod) => CONTRIBUTION_WORDING[methodOf(method).contributionKind];

export const MISSING_LABELS: Record<MissingPolicy, string> = {
  mean: "Mean of the known values (default)",
  worst: "Worst end of the scale",
  best: "Best end of the scale",
};
