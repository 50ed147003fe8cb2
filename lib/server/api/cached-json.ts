import type { z } from "zod";
import type { Db } from "../db";
import { readThroughModel } from "../read-model";

const etagOf = (key: string, version: number) => `"${key}@${version}"`;

const matches = (ifNoneMatch: string | null, etag: string) =>
  (ifNoneMatch ?? "").split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");

/**
 * A read-API response from the read model: the body, checked against its schema and serialised
 * once per data version, an ETag that follows the data version, and 304 when the client already
 * holds it. `no-cache` makes clients and proxies ask again each time, so a write shows at once.
 */
export async function cachedJson<S extends z.ZodType>(request: Request, key: string, schema: S, load: (db: Db) => Promise<z.input<S>>): Promise<Response> {
  const { value: body, version } = await readThroughModel(`json:${key}`, async (db) => JSON.stringify(schema.parse(await load(db))));
  const etag = etagOf(key, version);
  const headers = { etag, "cache-control": "public, no-cache", "content-type": "application/json" };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
