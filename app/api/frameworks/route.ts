import { frameworkRecordSchema, frameworksResponseSchema } from "@/lib/domain/api";
import { frameworkQuerySchema, searchFrameworks } from "@/lib/domain/framework-search";
import { cachedJson } from "@/lib/server/api/cached-json";
import { ifNoneMatchHas } from "@/lib/http/entity-tag";
import { jsonError } from "@/lib/server/api/json-response";
import { listFrameworkRecords } from "@/lib/server/frameworks/list-frameworks";
import { frameworkCreateSchema } from "@/lib/domain/framework-write";
import { readThroughModel } from "@/lib/server/read-model";
import { writeRoute, type WriteInput } from "@/lib/server/api/write-route";
import { createFramework } from "@/lib/server/frameworks/write-framework";

/** Every framework; `?q=` keeps those whose name, short name, slug or an alias contains it. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q");
  if (q === null || q.trim() === "")
    return cachedJson(request, "frameworks", frameworksResponseSchema, async (db) => ({ frameworks: await listFrameworkRecords(db) }));
  const query = frameworkQuerySchema.safeParse(q);
  if (!query.success) return jsonError(400, `q ${query.error.issues[0]!.message}`);
  const { value, version } = await readThroughModel("records:frameworks", listFrameworkRecords);
  const headers = { etag: `"frameworks@${version}:${encodeURIComponent(query.data)}"`, "cache-control": "public, no-cache" };
  if (ifNoneMatchHas(request.headers.get("if-none-match"), headers.etag)) return new Response(null, { status: 304, headers });
  return Response.json(frameworksResponseSchema.parse({ frameworks: searchFrameworks(value, query.data) }), { headers });
}

/** Add a framework (editors only; audited); it starts with empty assessments to fill in. */
export const POST = writeRoute(
  frameworkCreateSchema,
  frameworkRecordSchema,
  async ({ body, session }: WriteInput<typeof frameworkCreateSchema, Record<string, never>>) => createFramework(body, session.email),
);
