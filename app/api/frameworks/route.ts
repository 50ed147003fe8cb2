import { frameworksResponseSchema } from "@/lib/domain/api";
import { cachedJson } from "@/lib/server/api/cached-json";
import { listFrameworkRecords } from "@/lib/server/frameworks/list-frameworks";
import { frameworkCreateSchema } from "@/lib/domain/framework-write";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { createFramework } from "@/lib/server/frameworks/write-framework";

export async function GET(request: Request) {
  return cachedJson(request, "frameworks", frameworksResponseSchema, async (db) => ({ frameworks: await listFrameworkRecords(db) }));
}

/** Add a framework (editors only; audited); it starts with empty assessments to fill in. */
export const POST = writeRoute(frameworkCreateSchema, async ({ body, session }: WriteInput<typeof frameworkCreateSchema, Record<string, never>>) =>
  createFramework(body, session.email),
);
