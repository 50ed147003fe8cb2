import { frameworksResponseSchema } from "@/lib/domain/api";
import { jsonOk } from "@/lib/server/api/json-response";
import { listFrameworks } from "@/lib/server/frameworks/list-frameworks";
import { frameworkCreateSchema } from "@/lib/domain/framework-write";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { createFramework } from "@/lib/server/frameworks/write-framework";

export async function GET() {
  return jsonOk(frameworksResponseSchema, { frameworks: await listFrameworks() });
}

/** Add a framework (editors only; audited); it starts with empty assessments to fill in. */
export const POST = writeRoute(frameworkCreateSchema, async ({ body, session }: WriteInput<typeof frameworkCreateSchema, Record<string, never>>) =>
  createFramework(body, session.email),
);
