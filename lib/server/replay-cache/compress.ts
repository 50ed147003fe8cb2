import { promisify } from "node:util";
import zlib from "node:zlib";
import type { AcceptedEncodings, ContentEncoding } from "../../http/accept-encoding";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Below this size compression saves less than its headers cost. */
const MIN_COMPRESSED_BYTES = 1024;

/**
 * Compresses on a libuv thread, off the request thread. `once`: for a body kept and served many
 * times (Brotli 5, gzip 6: most of the ratio of the slow levels, tens of milliseconds for a
 * 200 x 100 dataset's JSON); `each`: for a body made for one response (a page with its own
 * nonce), gzip at a fast level even when the client takes Brotli, since Brotli's fastest level
 * still costs five times as much per response here (a 284 KB page: 2.7 ms against 14 ms with
 * 200 at once on two cores). Small bodies stay plain.
 */
export async function compress(body: Buffer, accepted: AcceptedEncodings, effort: "once" | "each"): Promise<{ bytes: Buffer; encoding: ContentEncoding }> {
  if (body.length < MIN_COMPRESSED_BYTES) return { bytes: body, encoding: "identity" };
  if (effort === "each" && accepted.gzip) return { bytes: await gzip(body, { level: 1 }), encoding: "gzip" };
  if (accepted.br) return { bytes: await brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: effort === "once" ? 5 : 1 } }), encoding: "br" };
  if (accepted.gzip) return { bytes: await gzip(body, { level: 6 }), encoding: "gzip" };
  return { bytes: body, encoding: "identity" };
}
