import { createHash } from "node:crypto";
import { z } from "zod";
import { EXPORTS } from "../../auth/rate-limits";
import { DATASET_SCHEMA_VERSION } from "../../domain/dataset";
import { writeCsv } from "../../export/write-csv";
import { writePdf } from "../../export/write-pdf";
import { splitSheetQuery, type SheetOptions } from "../../export/sheet-options";
import { formatIssues } from "../../domain/format-issues";
import { writeXlsx } from "../../export/write-xlsx";
import { EXPORT_FORMAT_ID, jsonExportSchema, viewOf } from "../../export/view-export";
import { ifNoneMatchHas } from "../../http/entity-tag";
import { DEFAULT_LOCALE, localizedPath } from "../../i18n/locales";
import { clientOf } from "../api/client-of";
import { jsonError } from "../api/json-response";
import { tooManyRequests } from "../api/too-many-requests";
import { readDataVersion } from "../data-version";
import { getDb } from "../db";
import { readDataset } from "../dataset/read-dataset";
import { loadComparisonModel } from "./load-comparison-model";
import { cachedSheet, type Sheet } from "./sheet-cache";
import { spendBudget } from "../rate-limits/rate-limit-store";
import { readThroughModel } from "../read-model";

const formatSchema = z.enum(["csv", "xlsx", "pdf", "json", "view"]);
type Format = z.infer<typeof formatSchema>;

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
  view: "application/json; charset=utf-8",
} as const;

/**
 * GET /api/export?format=csv|xlsx|pdf|json|view plus the /compare query parameters: the view on
 * screen as a comparison sheet, its words in `locale` (en, ar, fa, ru; English when absent). No parameters: all frameworks, equal weights, weighted sum.
 * A sheet is made once per view and data version (and day, which its name carries) and then
 * served from memory; its ETag follows the data version, so a client that holds it gets a 304
 * until the data changes. Making sheets is work: the misses a client may cause are rate-limited.
 */
export async function exportResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const format = formatSchema.safeParse(url.searchParams.get("format") ?? "");
  if (!format.success) return jsonError(400, "unknown export format", [{ path: "format", message: "must be one of csv, xlsx, pdf, json, view" }]);
  const params = new URLSearchParams(url.searchParams);
  params.delete("format");
  // The sheet's own options (paper, title, note) are not part of the view or of its link.
  const { options, view } = splitSheetQuery(params);
  if (!options.success) return jsonError(400, "invalid sheet options", formatIssues(options.error.issues, Object.fromEntries(params)));
  const query = params.toString();
  // The JSON exports are data, the same in every language; a sheet links back to the page in its language.
  const sheetLocale = format.data === "json" || format.data === "view" ? DEFAULT_LOCALE : options.data.locale;
  const viewQuery = view.toString();
  const db = getDb();
  const version = await readDataVersion(db);
  const viewKey = createHash("sha256").update(`${format.data}\n${url.origin}\n${query}`).digest("base64url").slice(0, 22);
  const etag = `W/"export-${viewKey}@${version}"`;
  const headers = { etag, "cache-control": "private, no-cache" };
  if (ifNoneMatchHas(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  const now = new Date();
  const outcome = await cachedSheet(
    `${version}\n${now.toISOString().slice(0, 10)}\n${viewKey}`,
    () =>
      makeSheet(
        format.data,
        view,
        { ...options.data, locale: sheetLocale },
        `${url.origin}${localizedPath(sheetLocale, "/compare")}${viewQuery ? `?${viewQuery}` : ""}`,
        now,
        version,
      ),
    async () => {
      const wait = await spendBudget(`export:${clientOf(request)}`, EXPORTS);
      return wait > 0 ? tooManyRequests(`too many new exports from this client: try again in ${Math.ceil(wait / 1000)} s`, wait) : null;
    },
  );
  if ("refused" in outcome) return outcome.refused;
  const { body, contentType, filename } = outcome.sheet;
  return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), {
    headers: { ...headers, "content-type": contentType, "content-disposition": `attachment; filename="${filename}"` },
  });
}

async function makeSheet(format: Format, view: URLSearchParams, options: SheetOptions, viewUrl: string, now: Date, version: number): Promise<Sheet> {
  const db = getDb();
  const model = await loadComparisonModel(view, viewUrl, now.toISOString(), db, version, options.locale);
  const stem = format === "view" ? `gulf-comparison-view-${now.toISOString().slice(0, 10)}` : `gulf-comparison-${now.toISOString().slice(0, 10)}`;
  const filename = `${stem}.${format === "view" ? "json" : format}`;
  const text = (s: string) => new TextEncoder().encode(s);
  let body: Uint8Array;
  switch (format) {
    case "csv":
      body = text(writeCsv(model));
      break;
    case "xlsx":
      body = new Uint8Array(await writeXlsx(model));
      break;
    case "pdf":
      body = new Uint8Array(await writePdf(model, options));
      break;
    case "json":
      body = text(
        JSON.stringify(
          jsonExportSchema.parse({
            format: EXPORT_FORMAT_ID,
            schemaVersion: DATASET_SCHEMA_VERSION,
            exportedAt: now.toISOString(),
            dataset: (await readThroughModel("dataset", readDataset, { db, knownVersion: version })).value,
            view: viewOf(model, view.toString()),
          }),
          null,
          2,
        ),
      );
      break;
    case "view":
      body = text(JSON.stringify({ format: EXPORT_FORMAT_ID, kind: "view", view: viewOf(model, view.toString()) }, null, 2));
      break;
    default: {
      const unknown: never = format;
      throw new Error(`no writer for the export format ${String(unknown)}`);
    }
  }
  return { body, contentType: CONTENT_TYPES[format], filename };
}
