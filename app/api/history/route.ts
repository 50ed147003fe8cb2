import { formatIssues } from "@/lib/domain/format-issues";
import { historyQuerySchema } from "@/lib/domain/history-query";
import { jsonError } from "@/lib/server/api/json-response";
import { listHistory } from "@/lib/server/audit/list-history";

/**
 * GET /api/history?entity=assessment&key=hope/acceptability-ir (key "hope/": every record of a
 * framework; no key: every record of that kind; nothing: every change). Open to readers.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = historyQuerySchema.safeParse({ entity: url.searchParams.get("entity") ?? undefined, key: url.searchParams.get("key") ?? undefined });
  if (!query.success) return jsonError(400, "invalid history query", formatIssues(query.error.issues));
  return Response.json({ entries: await listHistory(query.data.entity, query.data.key) });
}
