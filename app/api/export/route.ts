import { z } from "zod";
import { DATASET_SCHEMA_VERSION } from "@/lib/domain/dataset";
import { writeCsv } from "@/lib/export/write-csv";
import { writePdf } from "@/lib/export/write-pdf";
import { writeXlsx } from "@/lib/export/write-xlsx";
import { EXPORT_FORMAT_ID, jsonExportSchema, viewOf } from "@/lib/export/view-export";
import { jsonError } from "@/lib/server/api/json-response";
import { readDataset } from "@/lib/server/dataset/read-dataset";
import { loadComparisonModel } from "@/lib/server/export/load-comparison-model";

const formatSchema = z.enum(["csv", "xlsx", "pdf", "json", "view"]);

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
  view: "application/json; charset=utf-8",
} as const;

/**
 * GET /api/export?format=csv|xlsx|pdf|json|view plus the /compare query parameters: the view on
 * screen as a comparison sheet. No parameters: all frameworks, equal weights, weighted sum.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = formatSchema.safeParse(url.searchParams.get("format") ?? "");
  if (!format.success) return jsonError(400, "unknown export format", [{ path: "format", message: "must be one of csv, xlsx, pdf, json, view" }]);
  const view = new URLSearchParams(url.searchParams);
  view.delete("format");
  const query = view.toString();
  const now = new Date();
  const model = await loadComparisonModel(view, `${url.origin}/compare${query ? `?${query}` : ""}`, now.toISOString());
  const stem = format.data === "view" ? `gulf-comparison-view-${now.toISOString().slice(0, 10)}` : `gulf-comparison-${now.toISOString().slice(0, 10)}`;
  const filename = `${stem}.${format.data === "view" ? "json" : format.data}`;
  let body: BodyInit;
  const kind = format.data;
  switch (kind) {
    case "csv":
      body = writeCsv(model);
      break;
    case "xlsx":
      body = new Uint8Array(await writeXlsx(model));
      break;
    case "pdf":
      body = new Uint8Array(await writePdf(model));
      break;
    case "json":
      body = JSON.stringify(
        jsonExportSchema.parse({
          format: EXPORT_FORMAT_ID,
          schemaVersion: DATASET_SCHEMA_VERSION,
          exportedAt: now.toISOString(),
          dataset: await readDataset(),
          view: viewOf(model, query),
        }),
        null,
        2,
      );
      break;
    case "view":
      body = JSON.stringify({ format: EXPORT_FORMAT_ID, kind: "view", view: viewOf(model, query) }, null, 2);
      break;
    default: {
      const unknown: never = kind;
      throw new Error(`no writer for the export format ${String(unknown)}`);
    }
  }
  return new Response(body, {
    headers: {
      "content-type": CONTENT_TYPES[format.data],
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
