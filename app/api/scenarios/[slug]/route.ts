import { scenarioUpdateSchema } from "@/lib/domain/scenario";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { updateScenario } from "@/lib/server/scenarios/scenario-store";

/** Change a scenario: its author only (presets: an admin); versioned. */
export const PUT = writeRoute(scenarioUpdateSchema, async ({ body, session, params }: WriteInput<typeof scenarioUpdateSchema, { slug: string }>) =>
  updateScenario(params.slug, body, session),
);
