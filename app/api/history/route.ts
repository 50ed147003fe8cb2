import { z } from "zod";
import { formatIssues } from "@/lib/domain/format-issues";
import { jsonError } from "@/lib/server/api/json-response";
import { listHistory } from "@/lib/server/audit/list-history";

const querySchema = z.object({
  entity: z.enum(["assessment", "dataset", "framework", "participant"]),
  key: z.string().min(1).max(200),
});

/** GET /api/history?entity=assessment&key=hope/acceptability-ir (key "hope/" for a whole framework): open to readers. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = querySchema.safeParse({ entity: url.searchParams.get("entity"), key: url.searchParams.get("key") });
  if (!query.success) return jsonError(400, "invalid history query", formatIssues(query.error.issues));
  return Response.json({ entries: await listHistory(query.data.entity, query.data.key) });
}
