import { EXPORTS } from "@/lib/auth/rate-limits";
import { panelResultSchema } from "@/lib/domain/panel";
import { slugSchema } from "@/lib/domain/vocabulary";
import { writeXlsx } from "@/lib/export/write-xlsx";
import { panelCompareQuery } from "@/lib/panels/panel-compare-query";
import { panelResultCsv, panelResultRows } from "@/lib/panels/panel-result-csv";
import { clientOf } from "@/lib/server/api/client-of";
import { jsonError, jsonOk, notFound } from "@/lib/server/api/json-response";
import { tooManyRequests } from "@/lib/server/api/too-many-requests";
import { loadComparisonModel } from "@/lib/server/export/load-comparison-model";
import { resultOfPanel } from "@/lib/server/panels/panel-result";
import { spendBudget } from "@/lib/server/rate-limits/rate-limit-store";

const FORMATS = ["json", "csv", "xlsx"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * GET /api/panels/{slug}/result (JSON), ?format=csv, or ?format=xlsx: the group's weights and
 * ranking, each member's ranking, their agreement. The Excel workbook is the comparison sheet
 * of the group's view (the /compare link of the result) with the result as its "Panel" sheet.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "json";
  if (!FORMATS.includes(format)) return jsonError(400, 'format must be "json", "csv" or "xlsx"');
  const found = slugSchema.safeParse(slug).success ? await resultOfPanel(slug) : null;
  if (!found) return notFound(`panel "${slug}"`);
  const headers = { "cache-control": "no-store" };
  if (format === "json") return jsonOk(panelResultSchema, found.result, { headers });
  if (format === "csv")
    return new Response(panelResultCsv(found.panel.title, found.result), {
      headers: { ...headers, "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="panel-${slug}.csv"` },
    });
  // A workbook is work: it spends the client's export budget like any other sheet.
  const wait = await spendBudget(`export:${clientOf(request)}`, EXPORTS);
  if (wait > 0) return tooManyRequests(`too many new exports from this client: try again in ${Math.ceil(wait / 1000)} s`, wait);
  const query = panelCompareQuery(
    found.result,
    found.criteria.map((c) => c.slug),
  );
  const now = new Date().toISOString();
  const model = await loadComparisonModel(new URLSearchParams(query), `${url.origin}/compare?${query}`, now);
  const body = await writeXlsx(model, [{ name: "Panel", rows: panelResultRows(found.panel.title, found.result) }]);
  return new Response(new Uint8Array(body), {
    headers: { ...headers, "content-type": XLSX, "content-disposition": `attachment; filename="panel-${slug}-${now.slice(0, 10)}.xlsx"` },
  });
}
