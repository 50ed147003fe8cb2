import type { z } from "zod";
import { ifNoneMatchHas } from "../../http/entity-tag";
import type { Db } from "../db";
import { readThroughModel } from "../read-model";
import { notFound } from "./json-response";

/**
 * A read-API response from the read model: the body, checked against its schema and serialised
 * once per data version; an ETag that follows the data version, and 304 when the client already
 * holds it. `no-cache` makes clients and proxies ask again each time, so a write shows at once.
 * A `load` that finds nothing (null) gets a 404 and nothing is kept. (Compression happens in
 * front of the app, see lib/server/replay-cache: Next passes no Content-Encoding of ours on.)
 */
export async function cachedJson<S extends z.ZodType>(
  request: Request,
  key: string,
  schema: S,
  load: (db: Db) => Promise<z.input<S> | null>,
  notFoundAs = key,
): Promise<Response> {
  const { value: body, version } = await readThroughModel(
    `json:${key}`,
    async (db) => {
      const value = await load(db);
      return value === null ? null : JSON.stringify(schema.parse(value));
    },
    { keep: (value) => value !== null },
  );
  if (body === null) return notFound(notFoundAs);
  const etag = `"${key}@${version}"`;
  const headers = { etag, "cache-control": "public, no-cache", "content-type": "application/json" };
  if (ifNoneMatchHas(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
