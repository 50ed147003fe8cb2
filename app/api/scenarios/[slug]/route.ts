import { deletedResponseSchema } from "@/lib/domain/api";
import { scenarioDeleteSchema, scenarioRecordSchema, scenarioUpdateSchema } from "@/lib/domain/scenario";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { deleteScenario, updateScenario } from "@/lib/server/scenarios/scenario-store";

type SlugParams = { slug: string };

/** Change a scenario: its author or an admin (a preset: only an admin); versioned. */
export const PUT = writeRoute(
  scenarioUpdateSchema,
  scenarioRecordSchema,
  async ({ body, session, params }: WriteInput<typeof scenarioUpdateSchema, SlugParams>) => updateScenario(params.slug, body, session),
);

/** Delete a scenario: its author or an admin (a preset: only an admin); versioned; the audit row keeps all of it. */
export const DELETE = writeRoute(
  scenarioDeleteSchema,
  deletedResponseSchema,
  async ({ body, session, params }: WriteInput<typeof scenarioDeleteSchema, SlugParams>) => deleteScenario(params.slug, body, session),
);
