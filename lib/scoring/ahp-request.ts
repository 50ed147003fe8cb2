import type { AhpRequest, AhpResponse } from "../domain/ahp";
import { ahpPriorities } from "./ahp";

/** The POST /api/ahp computation: a checked request in, the contract's response out. */
export function answerAhp(request: AhpRequest): AhpResponse {
  const { weights, lambdaMax, ci, cr, consistent } = ahpPriorities(request.comparisons);
  return { weights: Object.fromEntries(request.items.map((id, i) => [id, weights[i]!])), lambdaMax, ci, cr, consistent };
}
