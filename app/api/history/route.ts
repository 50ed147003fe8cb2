import { formatIssues } from "@/lib/domain/format-issues";
import { historyQuerySchema } from "@/lib/domain/history-query";
import { historyResponseSchema } from "@/lib/domain/history-entry";
import { jsonError, jsonOk } from "@/lib/server/api/json-response";
import { listHistory } from "@/lib/server/audit/list-history";
import { isWriter, readSession } from "@/lib/server/auth/session";

/**
 * GET /api/history?entity=assessment&key=hope/acceptability-ir&limit=50&before=123 (key "hope/":
 * every record of a framework; no key: every record of that kind; nothing: every change), newest
 * first, a page at a time: `next` links the older page. Open to readers, who see editors by
 * name; signed-in editors also see their e-mail addresses.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const param = (name: string) => url.searchParams.get(name) ?? undefined;
  const query = historyQuerySchema.safeParse({ entity: param("entity"), key: param("key"), before: param("before"), limit: param("limit") });
  if (!query.success) return jsonError(400, "invalid history query", formatIssues(query.error.issues));
  const { entity, key, before, limit } = query.data;
  const page = await listHistory({ entity, key }, { before, limit, revealEmails: isWriter(await readSession(request)) });
  let next: string | null = null;
  if (page.nextBefore !== null) {
    const nextUrl = new URLSearchParams(url.searchParams);
    nextUrl.set("before", String(page.nextBefore));
    next = `/api/history?${nextUrl}`;
  }
  return jsonOk(historyResponseSchema, { entries: page.entries, next }, { headers: { "cache-control": "private, no-store" } });
}
