import { scenarioCreateSchema, scenarioRecordSchema, scenariosResponseSchema } from "@/lib/domain/scenario";
import { jsonOk } from "@/lib/server/api/json-response";
import { scenarioQuery } from "@/lib/import/scenario-query";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { isWriter, readSession } from "@/lib/server/auth/session";
import { createScenario, listScenarios, scenariosForReader } from "@/lib/server/scenarios/scenario-store";

/** Saved scenarios and the stakeholder presets, each with the /compare query that opens it; authors by name (and e-mail for editors). */
export async function GET(request: Request) {
  const session = await readSession(request);
  const scenarios = await scenariosForReader(await listScenarios(), isWriter(session));
  return jsonOk(scenariosResponseSchema, { scenarios: scenarios.map((s) => ({ ...s, compare: `/compare${scenarioQuery(s) ? `?${scenarioQuery(s)}` : ""}` })) });
}

/** Save a named weight profile and view settings (editors; the author is the signed-in user). */
export const POST = writeRoute(
  scenarioCreateSchema,
  scenarioRecordSchema,
  async ({ body, session }: WriteInput<typeof scenarioCreateSchema, Record<string, never>>) => createScenario(body, session),
);
