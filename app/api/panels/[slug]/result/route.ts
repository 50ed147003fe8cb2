import { panelResultSchema } from "@/lib/domain/panel";
import { slugSchema } from "@/lib/domain/vocabulary";
import { panelResultCsv } from "@/lib/panels/panel-result-csv";
import { jsonError, jsonOk, notFound } from "@/lib/server/api/json-response";
import { resultOfPanel } from "@/lib/server/panels/panel-result";

/** GET /api/panels/{slug}/result (JSON), or ?format=csv: the group's weights and ranking, each member's ranking, their agreement. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  if (format !== "json" && format !== "csv") return jsonError(400, 'format must be "json" or "csv"');
  const found = slugSchema.safeParse(slug).success ? await resultOfPanel(slug) : null;
  if (!found) return notFound(`panel "${slug}"`);
  const headers = { "cache-control": "no-store" };
  if (format === "json") return jsonOk(panelResultSchema, found.result, { headers });
  return new Response(panelResultCsv(found.panel.title, found.result), {
    headers: { ...headers, "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="panel-${slug}.csv"` },
  });
}
