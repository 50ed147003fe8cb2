import { parseAsString } from "nuqs/server";

/**
 * The pairwise questionnaire's answers (lib/pairwise/pairwise-answers), on /compare/pairwise
 * and carried to /compare with the weights they gave, so that a link reopens them.
 */
export const pairwiseParsers = {
  ahp: parseAsString.withDefault(""),
};
