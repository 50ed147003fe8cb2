import { codedReport } from "../../domain/format-issues";
import type { Refusal } from "../../domain/outcome";
import { slugSchema } from "../../domain/vocabulary";

/** Why a write to /api/<records>/<slug> is refused when the path's slug is not one (said as `errors.notPathSlug`). */
const notPathSlug: Refusal = {
  ok: false,
  problem: "invalid",
  error: "invalid slug",
  issues: [codedReport("slug", "notPathSlug", "must be lower-case letters and digits joined by hyphens")],
};

/** Runs a write to the record of a path's slug, or refuses a slug that is not one. */
export const withPathSlug = <T>(slug: string, write: (slug: string) => Promise<T>): Promise<T | Refusal> =>
  slugSchema.safeParse(slug).success ? write(slug) : Promise.resolve(notPathSlug);
