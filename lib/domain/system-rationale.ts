/**
 * The rationale the data stores for an assessment no editor has made yet (its value null, its
 * confidence low): written by lib/server/assessments/fill-missing-assessments, in English, as
 * the data's rationales are. The API and the JSON exports keep it as stored.
 */
export const NOT_ASSESSED = "Not assessed yet: no editor has recorded a value for this framework on this criterion.";

/** A rationale the system wrote rather than an editor, by its message: `evidence.<key>` in messages/<locale>.json. */
type SystemRationale = "notAssessed";

/** Which system text a stored rationale is, so that the pages and sheets say it in their language; null for an editor's own words. */
export function systemRationale(rationale: string): SystemRationale | null {
  return rationale === NOT_ASSESSED ? "notAssessed" : null;
}
