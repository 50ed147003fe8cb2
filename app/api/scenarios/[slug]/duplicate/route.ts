import { scenarioDuplicateSchema, scenarioRecordSchema } from "@/lib/domain/scenario";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { duplicateScenario } from "@/lib/server/scenarios/scenario-store";

/** Copy a scenario or preset as a new scenario of the signed-in editor. */
export const POST = writeRoute(
  scenarioDuplicateSchema,
  scenarioRecordSchema,
  async ({ body, session, params }: WriteInput<typeof scenarioDuplicateSchema, { slug: string }>) => duplicateScenario(params.slug, body.title, session),
);
